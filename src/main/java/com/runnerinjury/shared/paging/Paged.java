package com.runnerinjury.shared.paging;

/** A response body that is one page of a longer list; {@link LinkHeaderFilter} links its neighbours. */
public interface Paged {

    int page();

    int size();

    int totalPages();
}
