package com.runnerinjury.support;

/** Bearer tokens for tests, minted like the README's dev command does. */
public final class Tokens {

    private Tokens() {
    }

    public static String editor() {
        return DevToken.mint("editor", "test-editor");
    }

    public static String publisher() {
        return DevToken.mint("publisher", "test-publisher");
    }

    public static String reader() {
        return DevToken.mint("reader", "test-reader");
    }
}
