package com.runnerinjury.shared.paging;

/** A validated request for one page of a list: 1-based page number and page size. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Keeps {@link #offset()} within an int at the largest page size. */
    public static final int MAX_PAGE = 1_000_000;

    public int offset() {
        return (page - 1) * size;
    }
}
