package com.runnerinjury.symptom;

import com.runnerinjury.shared.content.ConditionRef;
import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageRequest;
import com.runnerinjury.shared.problem.ContentNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** Reads published symptoms with the conditions that list them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SymptomService {

    private final SymptomRepository symptoms;
    private final SymptomConditions conditions;

    public SymptomService(SymptomRepository symptoms, SymptomConditions conditions) {
        this.symptoms = symptoms;
        this.conditions = conditions;
    }

    public Page<SymptomView> list(SymptomFilter filter, PageRequest page) {
        Page<Symptom> found = symptoms.find(filter, page);
        Map<Long, List<ConditionRef>> listing = conditions.publishedListing(
                found.items().stream().map(s -> s.id).toList());
        return found.map(s -> SymptomView.from(s, listing.getOrDefault(s.id, List.of())));
    }

    public SymptomView get(String slug) {
        Symptom symptom = symptoms.findPublishedBySlug(slug)
                .orElseThrow(() -> ContentNotFoundException.bySlug("symptom", slug));
        return SymptomView.from(symptom, conditions.publishedListing(List.of(symptom.id))
                .getOrDefault(symptom.id, List.of()));
    }
}
