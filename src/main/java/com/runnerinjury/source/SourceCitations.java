package com.runnerinjury.source;

import java.util.Collection;
import java.util.Map;

/** How many published claims cite each source; the claim feature provides it. */
public interface SourceCitations {

    /** Public claims citing each of the given sources; a source no claim cites is absent from the map. */
    Map<String, Long> countPublishedCiting(Collection<String> sourceIds);
}
