package com.runnerinjury.support;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import org.hamcrest.Matcher;

/** Matchers for content every detail response carries. */
public final class ContentMatchers {

    private ContentMatchers() {
    }

    /** The disclaimer: general information, not a diagnosis, see a doctor. */
    public static Matcher<String> isDisclaimer() {
        return allOf(containsString("general information"), containsString("not a diagnosis"),
                containsString("doctor"));
    }
}
