package com.runnerinjury.search;

import com.runnerinjury.condition.Condition;
import com.runnerinjury.condition.ConditionRepository;
import com.runnerinjury.modality.Modality;
import com.runnerinjury.modality.ModalityRepository;
import com.runnerinjury.symptom.Symptom;
import com.runnerinjury.symptom.SymptomRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The published content prepared for search. Content is small and changes rarely, so it is read once and
 * kept for {@link SearchConfig#refreshInterval()}, after which the next search reads it again.
 */
@ApplicationScoped
public class SearchIndex {

    private final ConditionRepository conditions;
    private final SymptomRepository symptoms;
    private final ModalityRepository modalities;
    private final Duration refreshInterval;

    private List<SearchDocument> documents;
    private Instant loadedAt = Instant.MIN;

    public SearchIndex(ConditionRepository conditions, SymptomRepository symptoms, ModalityRepository modalities,
            SearchConfig config) {
        this.conditions = conditions;
        this.symptoms = symptoms;
        this.modalities = modalities;
        this.refreshInterval = config.refreshInterval();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public synchronized List<SearchDocument> documents() {
        if (documents == null || Instant.now().isAfter(loadedAt.plus(refreshInterval))) {
            documents = load();
            loadedAt = Instant.now();
        }
        return documents;
    }

    private List<SearchDocument> load() {
        List<SearchDocument> all = new ArrayList<>();
        conditions.listPublished().forEach(c -> all.add(condition(c)));
        symptoms.listPublished().forEach(s -> all.add(symptom(s)));
        modalities.listPublished().forEach(m -> all.add(modality(m)));
        return List.copyOf(all);
    }

    private static SearchDocument condition(Condition c) {
        return new SearchDocument(SearchType.CONDITION, c.slug, c.name, c.summary, List.of(
                field(1.0, c.name),
                field(0.9, String.join(" ", c.aliases)),
                field(0.6, String.join(" ", Stream.concat(Stream.of(c.summary),
                        c.symptoms.stream().filter(Symptom::isPublished).map(s -> s.name)).toList())),
                field(0.4, c.description)));
    }

    private static SearchDocument symptom(Symptom s) {
        return new SearchDocument(SearchType.SYMPTOM, s.slug, s.name, s.description, List.of(
                field(1.0, s.name),
                field(0.5, s.description)));
    }

    private static SearchDocument modality(Modality m) {
        return new SearchDocument(SearchType.MODALITY, m.slug, m.name, m.summary, List.of(
                field(1.0, m.name),
                field(0.6, m.summary),
                field(0.4, m.description)));
    }

    private static SearchDocument.Field field(double weight, String text) {
        return new SearchDocument.Field(weight, TextAnalyzer.terms(text));
    }
}
