package com.runnerinjury.shared.content;

/** The one spelling of a slug or id: lower-case words of letters and digits joined by single hyphens. */
public final class Slugs {

    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final int MAX_LENGTH = 80;
    public static final String MESSAGE = "must be lower-case letters and digits in words joined by hyphens";

    private Slugs() {
    }
}
