package com.runnerinjury.shared.editorial;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageRequest;
import com.runnerinjury.shared.problem.ContentNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;

/** Reads the revision history of items, for editors. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RevisionService {

    private final RevisionRepository revisions;
    private final ObjectMapper json;

    public RevisionService(RevisionRepository revisions, ObjectMapper json) {
        this.revisions = revisions;
        this.json = json;
    }

    /** The item's revisions, newest first: empty for content no one has changed since it was loaded. */
    @Transactional
    public Page<RevisionSummary> history(Editable<?, ?, ?> type, String key, PageRequest page) {
        Page<RevisionSummary> history = revisions.history(type.type(), key, page).map(RevisionSummary::from);
        if (history.totalItems() == 0 && type.lock(key).isEmpty()) {
            throw new ContentNotFoundException("No %s has the %s '%s'."
                    .formatted(type.type().wireValue(), type.type().keyName(), key));
        }
        return history;
    }

    public <D> RevisionDetail<D> get(Editable<?, D, ?> type, String key, int number) {
        Revision revision = revisions.findByNumber(type.type(), key, number)
                .orElseThrow(() -> new ContentNotFoundException(
                        "The %s '%s' has no revision %d.".formatted(type.type().wireValue(), key, number)));
        try {
            return new RevisionDetail<>(revision.number, revision.contentVersion, revision.action, revision.status,
                    revision.author, revision.changedAt, json.readValue(revision.content, type.documentType()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
