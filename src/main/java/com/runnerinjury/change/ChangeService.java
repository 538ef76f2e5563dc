package com.runnerinjury.change;

import com.runnerinjury.shared.editorial.RevisionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The public feed of changes to published content. Cursors are content versions, which writes take in commit
 * order, so reading on from a cursor never misses nor repeats a change while writes go on.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeService {

    private final RevisionRepository revisions;

    public ChangeService(RevisionRepository revisions) {
        this.revisions = revisions;
    }

    public ChangePage after(long cursor, int size) {
        List<ChangeView> changes = revisions.publicChangesAfter(cursor, size).stream().map(ChangeView::from).toList();
        return new ChangePage(changes, changes.isEmpty() ? Long.toString(cursor)
                : changes.get(changes.size() - 1)
                        .cursor());
    }
}
