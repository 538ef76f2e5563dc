package com.runnerinjury.condition;

import java.util.Set;

/** Free-text matching of conditions, for the {@code q} filter; the search feature provides it. */
public interface ConditionTextSearch {

    /** Slugs of the published conditions the text matches. */
    Set<String> matchingSlugs(String text);
}
