package com.runnerinjury.condition;

import com.runnerinjury.shared.content.SymptomRef;
import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageRequest;
import com.runnerinjury.shared.problem.FieldError;
import com.runnerinjury.shared.problem.InvalidParametersException;
import com.runnerinjury.symptom.Symptom;
import com.runnerinjury.symptom.SymptomRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Ranks conditions by how many of a runner's symptoms they list. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConditionMatchService {

    private final ConditionRepository conditions;
    private final SymptomRepository symptoms;

    public ConditionMatchService(ConditionRepository conditions, SymptomRepository symptoms) {
        this.conditions = conditions;
        this.symptoms = symptoms;
    }

    public ConditionMatchPage match(Set<String> symptomSlugs, PageRequest page) {
        requireKnown(symptomSlugs);
        List<ConditionMatch> ranked = conditions.listPublishedWithAnySymptom(symptomSlugs).stream()
                .map(c -> match(c, symptomSlugs))
                .sorted(Comparator.comparingDouble(ConditionMatch::score).reversed()
                        .thenComparing(m -> m.condition().name()))
                .toList();
        return ConditionMatchPage.of(Page.slice(ranked, page));
    }

    private void requireKnown(Set<String> slugs) {
        Set<String> known = symptoms.listPublishedBySlugs(slugs).stream().map(s -> s.slug).collect(Collectors.toSet());
        List<FieldError> unknown = slugs.stream()
                .filter(slug -> !known.contains(slug))
                .map(slug -> new FieldError("symptom", "unknown symptom '%s'".formatted(slug)))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidParametersException(unknown);
        }
    }

    private static ConditionMatch match(Condition condition, Set<String> slugs) {
        List<SymptomRef> matched = condition.symptoms.stream()
                .filter(Symptom::isPublished)
                .filter(s -> slugs.contains(s.slug))
                .map(Symptom::toRef)
                .toList();
        double score = (double) matched.size() / slugs.size();
        return new ConditionMatch(condition.toRef(), matched, Math.round(score * 1000) / 1000.0);
    }
}
