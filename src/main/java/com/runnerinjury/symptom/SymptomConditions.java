package com.runnerinjury.symptom;

import com.runnerinjury.shared.content.ConditionRef;
import com.runnerinjury.shared.content.Visibility;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The conditions that list each symptom; the condition feature provides them. */
public interface SymptomConditions {

    /** For each symptom id, the conditions visible at this level listing it, by name; one none lists is absent. */
    Map<Long, List<ConditionRef>> listing(Collection<Long> symptomIds, Visibility visibility);

    /** Slugs of every condition, in any status, that lists the symptom. */
    List<String> conditionsListing(long symptomId);
}
