package com.runnerinjury.claim;

import com.runnerinjury.condition.Condition;
import com.runnerinjury.condition.ConditionRepository;
import com.runnerinjury.modality.Modality;
import com.runnerinjury.modality.ModalityRepository;
import com.runnerinjury.shared.content.Visibility;
import com.runnerinjury.shared.editorial.Editable;
import com.runnerinjury.shared.editorial.ItemType;
import com.runnerinjury.shared.problem.FieldError;
import com.runnerinjury.shared.problem.InvalidBodyException;
import com.runnerinjury.source.Source;
import com.runnerinjury.source.SourceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How editors change claims: what the editorial service needs of them. A claim may link draft and published
 * content, never archived content.
 */
@ApplicationScoped
public class ClaimEditing implements Editable<Claim, ClaimDocument, ClaimDetail> {

    private final ClaimRepository claims;
    private final ModalityRepository modalities;
    private final ConditionRepository conditions;
    private final SourceRepository sources;

    public ClaimEditing(ClaimRepository claims, ModalityRepository modalities, ConditionRepository conditions,
            SourceRepository sources) {
        this.claims = claims;
        this.modalities = modalities;
        this.conditions = conditions;
        this.sources = sources;
    }

    @Override
    public ItemType type() {
        return ItemType.CLAIM;
    }

    @Override
    public Class<ClaimDocument> documentType() {
        return ClaimDocument.class;
    }

    @Override
    public String keyOf(ClaimDocument document) {
        return document.id();
    }

    @Override
    public Optional<Claim> lock(String id) {
        return claims.lockById(id);
    }

    @Override
    public Claim instantiate(ClaimDocument document) {
        Claim claim = new Claim();
        claim.id = document.id();
        return claim;
    }

    @Override
    public void apply(ClaimDocument document, Claim claim) {
        List<FieldError> missing = new ArrayList<>();
        Optional<Modality> modality = modalities.findBySlug(document.modality()).filter(Visibility.EDITORIAL::shows);
        if (modality.isEmpty()) {
            missing.add(new FieldError("modality", missing("modality", "slug", document.modality())));
        }
        Optional<Condition> condition = Optional.ofNullable(document.condition())
                .flatMap(conditions::findBySlug).filter(Visibility.EDITORIAL::shows);
        if (document.condition() != null && condition.isEmpty()) {
            missing.add(new FieldError("condition", missing("condition", "slug", document.condition())));
        }
        List<Source> cited = new ArrayList<>();
        for (int i = 0; i < document.sources().size(); i++) {
            String id = document.sources().get(i);
            Optional<Source> source = sources.findByIdOptional(id).filter(Visibility.EDITORIAL::shows);
            if (source.isPresent()) {
                cited.add(source.get());
            } else {
                missing.add(new FieldError("sources[" + i + "]", missing("source", "id", id)));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidBodyException(missing);
        }
        claim.statement = document.statement();
        claim.modality = modality.get();
        claim.condition = condition.orElse(null);
        claim.outcome = document.outcome();
        claim.evidenceLevel = document.evidenceLevel();
        claim.mechanism = document.mechanism();
        claim.finding = document.finding();
        claim.caveats = new ArrayList<>(document.caveats());
        claim.sources = cited.stream().distinct()
                .sorted(Comparator.comparing((Source source) -> source.title).thenComparing(source -> source.id))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    @Override
    public void persist(Claim claim) {
        claims.persist(claim);
    }

    @Override
    public ClaimDocument document(Claim claim) {
        return new ClaimDocument(claim.id, claim.statement, claim.modality.slug,
                claim.condition == null ? null : claim.condition.slug, claim.outcome, claim.evidenceLevel,
                claim.mechanism, claim.finding, List.copyOf(claim.caveats),
                claim.sources.stream().map(source -> source.id).toList());
    }

    @Override
    public ClaimDetail view(Claim claim, Visibility visibility) {
        return ClaimDetail.from(claim, visibility);
    }

    /** Nothing links to a claim. */
    @Override
    public List<String> linkedBy(Claim claim) {
        return List.of();
    }

    @Override
    public void delete(Claim claim) {
        claims.delete(claim);
    }

    private static String missing(String kind, String keyName, String key) {
        return "no draft or published %s has the %s '%s'".formatted(kind, keyName, key);
    }
}
