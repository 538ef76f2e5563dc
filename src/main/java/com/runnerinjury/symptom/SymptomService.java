package com.runnerinjury.symptom;

import com.runnerinjury.shared.content.ConditionRef;
import com.runnerinjury.shared.content.ContentStatus;
import com.runnerinjury.shared.content.Visibility;
import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageRequest;
import com.runnerinjury.shared.problem.ContentGoneException;
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
        Map<Long, List<ConditionRef>> listing = conditions.listing(found.items().stream().map(s -> s.id).toList(),
                Visibility.PUBLIC);
        return found.map(s -> SymptomView.from(s, listing.getOrDefault(s.id, List.of())));
    }

    /** The published symptom; an archived one is gone, a draft not found. */
    public SymptomView get(String slug) {
        Symptom symptom = symptoms.findBySlug(slug).orElseThrow(() -> ContentNotFoundException.bySlug("symptom", slug));
        if (symptom.status == ContentStatus.ARCHIVED) {
            throw new ContentGoneException("symptom", "slug", slug);
        }
        if (!symptom.isPublished()) {
            throw ContentNotFoundException.bySlug("symptom", slug);
        }
        return detail(symptom, Visibility.PUBLIC);
    }

    /** The symptom with the conditions visible at this level that list it. */
    SymptomView detail(Symptom symptom, Visibility visibility) {
        return SymptomView.from(symptom, conditions.listing(List.of(symptom.id), visibility)
                .getOrDefault(symptom.id, List.of()));
    }
}
