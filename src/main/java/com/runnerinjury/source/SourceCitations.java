package com.runnerinjury.source;

import com.runnerinjury.shared.content.Visibility;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The claims that cite each source; the claim feature provides them. */
public interface SourceCitations {

    /** Claims visible at this level citing each of the given sources; a source none cites is absent. */
    Map<String, Long> countCiting(Collection<String> sourceIds, Visibility visibility);

    /** Ids of every claim, in any status, citing the source. */
    List<String> claimsCiting(String sourceId);
}
