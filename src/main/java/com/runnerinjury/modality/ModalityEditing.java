package com.runnerinjury.modality;

import com.runnerinjury.shared.content.Visibility;
import com.runnerinjury.shared.editorial.Editable;
import com.runnerinjury.shared.editorial.ItemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How editors change modalities: what the editorial service needs of them. */
@ApplicationScoped
public class ModalityEditing implements Editable<Modality, ModalityDocument, ModalityDetail> {

    private final ModalityRepository modalities;
    private final ModalityClaims claims;
    private final ModalityService service;

    public ModalityEditing(ModalityRepository modalities, ModalityClaims claims, ModalityService service) {
        this.modalities = modalities;
        this.claims = claims;
        this.service = service;
    }

    @Override
    public ItemType type() {
        return ItemType.MODALITY;
    }

    @Override
    public Class<ModalityDocument> documentType() {
        return ModalityDocument.class;
    }

    @Override
    public String keyOf(ModalityDocument document) {
        return document.slug();
    }

    @Override
    public Optional<Modality> lock(String slug) {
        return modalities.lockBySlug(slug);
    }

    @Override
    public Modality instantiate(ModalityDocument document) {
        Modality modality = new Modality();
        modality.slug = document.slug();
        return modality;
    }

    @Override
    public void apply(ModalityDocument document, Modality modality) {
        modality.name = document.name();
        modality.category = document.category();
        modality.summary = document.summary();
        modality.description = document.description();
        modality.whatToExpect = new ArrayList<>(document.whatToExpect());
        SessionMinutes minutes = document.typicalSessionMinutes();
        modality.sessionMinutesMin = minutes == null ? null : minutes.min();
        modality.sessionMinutesMax = minutes == null ? null : minutes.max();
        modality.safetyNotes = new ArrayList<>(document.safetyNotes());
    }

    @Override
    public void persist(Modality modality) {
        modalities.persist(modality);
    }

    @Override
    public ModalityDocument document(Modality modality) {
        return new ModalityDocument(modality.slug, modality.name, modality.category, modality.summary,
                modality.description, List.copyOf(modality.whatToExpect), SessionMinutes.of(modality),
                List.copyOf(modality.safetyNotes));
    }

    @Override
    public ModalityDetail view(Modality modality, Visibility visibility) {
        return service.detail(modality, visibility);
    }

    @Override
    public List<String> linkedBy(Modality modality) {
        return claims.claimsFor(modality.id).stream().map(id -> "claim '" + id + "'").toList();
    }

    @Override
    public void delete(Modality modality) {
        modalities.delete(modality);
    }
}
