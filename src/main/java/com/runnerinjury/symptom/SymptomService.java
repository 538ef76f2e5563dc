package com.runnerinjury.symptom;

import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageRequest;
import com.runnerinjury.shared.problem.ContentNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads published symptoms. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SymptomService {

    private final SymptomRepository symptoms;

    public SymptomService(SymptomRepository symptoms) {
        this.symptoms = symptoms;
    }

    public Page<SymptomView> list(SymptomFilter filter, PageRequest page) {
        return symptoms.find(filter, page).map(SymptomView::from);
    }

    public SymptomView get(String slug) {
        return symptoms.findPublishedBySlug(slug)
                .map(SymptomView::from)
                .orElseThrow(() -> ContentNotFoundException.bySlug("symptom", slug));
    }
}
