package com.runnerinjury.condition;

import com.runnerinjury.shared.content.Visibility;
import com.runnerinjury.shared.editorial.Editable;
import com.runnerinjury.shared.editorial.ItemType;
import com.runnerinjury.shared.problem.FieldError;
import com.runnerinjury.shared.problem.InvalidBodyException;
import com.runnerinjury.symptom.Symptom;
import com.runnerinjury.symptom.SymptomRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How editors change conditions: what the editorial service needs of them. */
@ApplicationScoped
public class ConditionEditing implements Editable<Condition, ConditionDocument, ConditionDetail> {

    private final ConditionRepository conditions;
    private final SymptomRepository symptoms;
    private final ConditionClaims claims;
    private final ConditionService service;

    public ConditionEditing(ConditionRepository conditions, SymptomRepository symptoms, ConditionClaims claims,
            ConditionService service) {
        this.conditions = conditions;
        this.symptoms = symptoms;
        this.claims = claims;
        this.service = service;
    }

    @Override
    public ItemType type() {
        return ItemType.CONDITION;
    }

    @Override
    public Class<ConditionDocument> documentType() {
        return ConditionDocument.class;
    }

    @Override
    public String keyOf(ConditionDocument document) {
        return document.slug();
    }

    @Override
    public Optional<Condition> lock(String slug) {
        return conditions.lockBySlug(slug);
    }

    @Override
    public Condition instantiate(ConditionDocument document) {
        Condition condition = new Condition();
        condition.slug = document.slug();
        return condition;
    }

    @Override
    public void apply(ConditionDocument document, Condition condition) {
        Map<String, Symptom> linkable = symptoms.listLinkableBySlugs(document.symptoms()).stream()
                .collect(Collectors.toMap(symptom -> symptom.slug, Function.identity()));
        List<FieldError> missing = new ArrayList<>();
        for (int i = 0; i < document.symptoms().size(); i++) {
            if (!linkable.containsKey(document.symptoms().get(i))) {
                missing.add(new FieldError("symptoms[" + i + "]",
                        "no symptom has the slug '" + document.symptoms().get(i) + "'"));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidBodyException(missing);
        }
        condition.name = document.name();
        condition.aliases = new ArrayList<>(document.aliases());
        condition.bodyRegion = document.bodyRegion();
        condition.summary = document.summary();
        condition.description = document.description();
        condition.whenToSeeADoctor = new ArrayList<>(document.whenToSeeADoctor());
        condition.symptoms = document.symptoms().stream().distinct().map(linkable::get)
                .sorted(Comparator.comparing((Symptom symptom) -> symptom.name).thenComparing(symptom -> symptom.slug))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    @Override
    public void persist(Condition condition) {
        conditions.persist(condition);
    }

    @Override
    public ConditionDocument document(Condition condition) {
        return new ConditionDocument(condition.slug, condition.name, List.copyOf(condition.aliases),
                condition.bodyRegion, condition.summary, condition.description,
                List.copyOf(condition.whenToSeeADoctor), condition.symptoms.stream().map(s -> s.slug).toList());
    }

    @Override
    public ConditionDetail view(Condition condition, Visibility visibility) {
        return service.detail(condition, visibility);
    }

    @Override
    public List<String> linkedBy(Condition condition) {
        return claims.claimsAbout(condition.id).stream().map(id -> "claim '" + id + "'").toList();
    }

    @Override
    public void delete(Condition condition) {
        conditions.delete(condition);
    }
}
