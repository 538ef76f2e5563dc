package com.runnerinjury.shared.editorial;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.runnerinjury.shared.content.ContentEntity;
import com.runnerinjury.shared.content.ContentStatus;
import com.runnerinjury.shared.content.Visibility;
import com.runnerinjury.shared.http.ETags;
import com.runnerinjury.shared.problem.ContentConflictException;
import com.runnerinjury.shared.problem.ContentNotFoundException;
import com.runnerinjury.shared.problem.InvalidBodyException;
import com.runnerinjury.shared.problem.PreconditionFailedException;
import com.runnerinjury.shared.problem.PreconditionRequiredException;
import com.runnerinjury.shared.problem.WritesDisabledException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Every change editors and publishers make, for any kind of item: each in one transaction that first raises the
 * content version, checks {@code If-Match} against the item's current ETag, changes the item or its pending
 * draft, and records the revision.
 */
@ApplicationScoped
public class EditorialService {

    private final ContentVersions versions;
    private final RevisionRepository revisions;
    private final DraftRepository drafts;
    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Validator validator;
    private final EditorialConfig config;

    public EditorialService(ContentVersions versions, RevisionRepository revisions, DraftRepository drafts,
            EntityManager entityManager, ObjectMapper json, Validator validator, EditorialConfig config) {
        this.versions = versions;
        this.revisions = revisions;
        this.drafts = drafts;
        this.entityManager = entityManager;
        this.json = json;
        this.validator = validator;
        this.config = config;
    }

    /** An editor's read: the item as it will be once its pending draft is published, in any status. */
    @Transactional
    public <E extends ContentEntity, D, V> Written<V> read(Editable<E, D, V> type, String key, boolean draftsOnly,
            Editor editor) {
        E item = type.lock(key).orElseThrow(() -> notFound(type, key));
        Optional<Draft> draft = drafts.find(type.type(), key);
        if (draftsOnly && draft.isEmpty() && item.status != ContentStatus.DRAFT) {
            throw new ContentNotFoundException("The %s '%s' has no draft.".formatted(type.type().wireValue(), key));
        }
        return working(type, key, item, draft);
    }

    @Transactional
    public <E extends ContentEntity, D, V> Written<V> create(Editable<E, D, V> type, D document, Editor editor) {
        long version = nextVersion();
        validate(document);
        String key = type.keyOf(document);
        if (type.lock(key).isPresent()) {
            throw new ContentConflictException("A %s with the %s '%s' already exists."
                    .formatted(type.type().wireValue(), type.type().keyName(), key));
        }
        E item = type.instantiate(document);
        Instant now = now();
        item.status = ContentStatus.DRAFT;
        item.createdAt = now;
        item.updatedAt = now;
        type.apply(document, item);
        type.persist(item);
        record(type.type(), key, version, RevisionAction.CREATED, item.status.wireValue(), null, editor, document);
        return working(type, key, item, Optional.empty());
    }

    @Transactional
    public <E extends ContentEntity, D, V> Written<V> replace(Editable<E, D, V> type, String key, D document,
            String ifMatch,
            Editor editor) {
        long version = nextVersion();
        E item = lockMatching(type, key, ifMatch);
        validate(document);
        if (!key.equals(type.keyOf(document))) {
            throw new InvalidBodyException(type.type().keyName(), "must be '" + key + "', the item's own; a "
                    + type.type().keyName() + " cannot change");
        }
        return update(type, key, item, document, version, editor);
    }

    @Transactional
    public <E extends ContentEntity, D, V> Written<V> patch(Editable<E, D, V> type, String key, JsonNode patch,
            String ifMatch,
            Editor editor) {
        long version = nextVersion();
        E item = lockMatching(type, key, ifMatch);
        D current = drafts.find(type.type(), key).map(draft -> read(draft, type)).orElseGet(() -> type.document(item));
        D document = MergePatch.apply(json, current, patch, type.documentType());
        validate(document);
        if (!key.equals(type.keyOf(document))) {
            throw new InvalidBodyException(type.type().keyName(), "cannot change");
        }
        return update(type, key, item, document, version, editor);
    }

    @Transactional
    public <E extends ContentEntity, D, V> Written<V> publish(Editable<E, D, V> type, String key, String ifMatch,
            Editor editor) {
        long version = nextVersion();
        E item = ifMatch == null ? lock(type, key) : lockMatching(type, key, ifMatch);
        Optional<Draft> draft = drafts.find(type.type(), key);
        if (draft.isEmpty() && item.isPublished()) {
            throw new ContentConflictException("The %s '%s' is published and has no draft to publish."
                    .formatted(type.type().wireValue(), key));
        }
        PublicChange change = item.isPublished() ? PublicChange.UPDATED : PublicChange.CREATED;
        draft.ifPresent(pending -> {
            type.apply(read(pending, type), item);
            drafts.delete(pending);
        });
        item.status = ContentStatus.PUBLISHED;
        item.updatedAt = now();
        record(type.type(), key, version, RevisionAction.PUBLISHED, item.status.wireValue(), change, editor,
                type.document(item));
        return working(type, key, item, Optional.empty());
    }

    @Transactional
    public <E extends ContentEntity, D, V> Written<V> archive(Editable<E, D, V> type, String key, String ifMatch,
            Editor editor) {
        long version = nextVersion();
        E item = ifMatch == null ? lock(type, key) : lockMatching(type, key, ifMatch);
        if (item.status == ContentStatus.ARCHIVED) {
            throw new ContentConflictException("The %s '%s' is archived already."
                    .formatted(type.type().wireValue(), key));
        }
        PublicChange change = item.isPublished() ? PublicChange.DELETED : null;
        drafts.find(type.type(), key).ifPresent(drafts::delete);
        item.status = ContentStatus.ARCHIVED;
        item.updatedAt = now();
        record(type.type(), key, version, RevisionAction.ARCHIVED, item.status.wireValue(), change, editor,
                type.document(item));
        return working(type, key, item, Optional.empty());
    }

    /** Marks the item checked against its sources today. */
    @Transactional
    public <E extends ContentEntity, D, V> Written<V> review(Editable<E, D, V> type, String key, String ifMatch,
            Editor editor) {
        long version = nextVersion();
        E item = ifMatch == null ? lock(type, key) : lockMatching(type, key, ifMatch);
        item.lastReviewed = LocalDate.now(ZoneOffset.UTC);
        item.updatedAt = now();
        record(type.type(), key, version, RevisionAction.REVIEWED, item.status.wireValue(),
                item.isPublished() ? PublicChange.UPDATED : null, editor, type.document(item));
        return working(type, key, item, drafts.find(type.type(), key));
    }

    @Transactional
    public <E extends ContentEntity, D, V> Written<V> discardDraft(Editable<E, D, V> type, String key, Editor editor) {
        long version = nextVersion();
        E item = lock(type, key);
        Draft draft = drafts.find(type.type(), key).orElseThrow(() -> new ContentNotFoundException(
                "The %s '%s' has no pending draft.".formatted(type.type().wireValue(), key)));
        drafts.delete(draft);
        record(type.type(), key, version, RevisionAction.DRAFT_DISCARDED, item.status.wireValue(), null, editor,
                type.document(item));
        return working(type, key, item, Optional.empty());
    }

    @Transactional
    public <E extends ContentEntity, D, V> void delete(Editable<E, D, V> type, String key, String ifMatch,
            Editor editor) {
        long version = nextVersion();
        E item = lockMatching(type, key, ifMatch);
        var links = type.linkedBy(item);
        if (!links.isEmpty()) {
            throw new ContentConflictException("The %s '%s' is still linked from %s; unlink or delete those first."
                    .formatted(type.type().wireValue(), key, String.join(", ", links)));
        }
        PublicChange change = item.isPublished() ? PublicChange.DELETED : null;
        D document = type.document(item);
        drafts.find(type.type(), key).ifPresent(drafts::delete);
        type.delete(item);
        record(type.type(), key, version, RevisionAction.DELETED, "deleted", change, editor, document);
    }

    private <E extends ContentEntity, D, V> Written<V> update(Editable<E, D, V> type, String key, E item, D document,
            long version, Editor editor) {
        Optional<Draft> draft = Optional.empty();
        if (item.isPublished()) {
            draft = Optional.of(saveDraft(type.type(), key, document, editor));
        } else {
            type.apply(document, item);
            item.updatedAt = now();
        }
        record(type.type(), key, version, RevisionAction.UPDATED, item.status.wireValue(), null, editor, document);
        return working(type, key, item, draft);
    }

    private Draft saveDraft(ItemType type, String key, Object document, Editor editor) {
        Draft draft = drafts.find(type, key).orElseGet(() -> {
            Draft created = new Draft();
            created.key = new Draft.Key(type, key);
            return created;
        });
        draft.content = write(document);
        draft.updatedAt = now();
        draft.updatedBy = editor.subject();
        drafts.persist(draft);
        return draft;
    }

    /**
     * The item with its pending draft applied, and its ETag. The draft is applied to a detached copy, so the
     * published row is never changed by showing it.
     */
    private <E extends ContentEntity, D, V> Written<V> working(Editable<E, D, V> type, String key, E item,
            Optional<Draft> draft) {
        if (draft.isPresent()) {
            entityManager.flush();
            entityManager.detach(item);
            type.apply(read(draft.get(), type), item);
            item.updatedAt = draft.get().updatedAt;
        } else {
            entityManager.flush();
        }
        V view = type.view(item, Visibility.EDITORIAL);
        return new Written<>(key, view, etag(view));
    }

    /**
     * Locks the item and checks that {@code If-Match} names its current ETag: that of an editor's read, or while
     * no draft is pending, that of the public read.
     */
    private <E extends ContentEntity, D, V> E lockMatching(Editable<E, D, V> type, String key, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        E item = lock(type, key);
        Optional<Draft> draft = drafts.find(type.type(), key);
        if (draft.isEmpty() && item.isPublished()
                && ETags.matchHits(ifMatch, etag(type.view(item, Visibility.PUBLIC)))) {
            return item;
        }
        String current = working(type, key, item, draft).etag();
        if (!ETags.matchHits(ifMatch, current)) {
            throw new PreconditionFailedException(current);
        }
        return entityManager.contains(item) ? item : lock(type, key);
    }

    private <E extends ContentEntity, D, V> E lock(Editable<E, D, V> type, String key) {
        return type.lock(key).orElseThrow(() -> notFound(type, key));
    }

    private void record(ItemType type, String key, long version, RevisionAction action, String status,
            PublicChange change, Editor editor, Object document) {
        Revision revision = new Revision();
        revision.contentVersion = version;
        revision.itemType = type;
        revision.itemKey = key;
        revision.number = revisions.nextNumber(type, key);
        revision.action = action;
        revision.status = status;
        revision.publicChange = change;
        revision.author = editor.subject();
        revision.changedAt = now();
        revision.content = write(document);
        revisions.persist(revision);
    }

    /** Raises the content version for this change, on a deployment that takes writes. */
    private long nextVersion() {
        if (!config.writesEnabled()) {
            throw new WritesDisabledException();
        }
        return versions.next();
    }

    private void validate(Object document) {
        var violations = validator.validate(Objects.requireNonNull(document));
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private String etag(Object view) {
        try {
            return ETags.of(json.writeValueAsBytes(view));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <D> D read(Draft draft, Editable<?, D, ?> type) {
        try {
            return json.readValue(draft.content, type.documentType());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ContentNotFoundException notFound(Editable<?, ?, ?> type, String key) {
        return new ContentNotFoundException("No %s has the %s '%s'."
                .formatted(type.type().wireValue(), type.type().keyName(), key));
    }

    /** Database timestamps keep microseconds: truncating here makes what is returned equal what is stored. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
