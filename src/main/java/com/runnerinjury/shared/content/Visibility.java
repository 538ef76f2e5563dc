package com.runnerinjury.shared.content;

import java.util.Set;

/** Which content a reader may see: the public sees published items only, editors drafts as well. */
public enum Visibility {

    PUBLIC(Set.of(ContentStatus.PUBLISHED)),
    EDITORIAL(Set.of(ContentStatus.PUBLISHED, ContentStatus.DRAFT));

    private final Set<ContentStatus> statuses;

    Visibility(Set<ContentStatus> statuses) {
        this.statuses = statuses;
    }

    public Set<ContentStatus> statuses() {
        return statuses;
    }

    public boolean shows(ContentEntity item) {
        return statuses.contains(item.status);
    }
}
