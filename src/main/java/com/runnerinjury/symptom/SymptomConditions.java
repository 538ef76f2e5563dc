package com.runnerinjury.symptom;

import com.runnerinjury.shared.content.ConditionRef;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The published conditions that list each symptom; the condition feature provides them. */
public interface SymptomConditions {

    /** For each symptom id, the published conditions listing it by name; a symptom none lists is absent. */
    Map<Long, List<ConditionRef>> publishedListing(Collection<Long> symptomIds);
}
