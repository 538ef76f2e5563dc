package com.runnerinjury.symptom;

import com.runnerinjury.shared.content.Visibility;
import com.runnerinjury.shared.editorial.Editable;
import com.runnerinjury.shared.editorial.ItemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** How editors change symptoms: what the editorial service needs of them. */
@ApplicationScoped
public class SymptomEditing implements Editable<Symptom, SymptomDocument, SymptomView> {

    private final SymptomRepository symptoms;
    private final SymptomConditions conditions;
    private final SymptomService service;

    public SymptomEditing(SymptomRepository symptoms, SymptomConditions conditions, SymptomService service) {
        this.symptoms = symptoms;
        this.conditions = conditions;
        this.service = service;
    }

    @Override
    public ItemType type() {
        return ItemType.SYMPTOM;
    }

    @Override
    public Class<SymptomDocument> documentType() {
        return SymptomDocument.class;
    }

    @Override
    public String keyOf(SymptomDocument document) {
        return document.slug();
    }

    @Override
    public Optional<Symptom> lock(String slug) {
        return symptoms.lockBySlug(slug);
    }

    @Override
    public Symptom instantiate(SymptomDocument document) {
        Symptom symptom = new Symptom();
        symptom.slug = document.slug();
        return symptom;
    }

    @Override
    public void apply(SymptomDocument document, Symptom symptom) {
        symptom.name = document.name();
        symptom.description = document.description();
        symptom.bodyRegion = document.bodyRegion();
    }

    @Override
    public void persist(Symptom symptom) {
        symptoms.persist(symptom);
    }

    @Override
    public SymptomDocument document(Symptom symptom) {
        return new SymptomDocument(symptom.slug, symptom.name, symptom.description, symptom.bodyRegion);
    }

    @Override
    public SymptomView view(Symptom symptom, Visibility visibility) {
        return service.detail(symptom, visibility);
    }

    @Override
    public List<String> linkedBy(Symptom symptom) {
        return conditions.conditionsListing(symptom.id).stream().map(slug -> "condition '" + slug + "'").toList();
    }

    @Override
    public void delete(Symptom symptom) {
        symptoms.delete(symptom);
    }
}
