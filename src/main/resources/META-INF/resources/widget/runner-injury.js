/**
 * The runner-injury widgets. One module script defines all three elements:
 *   <script type="module" src="https://api.example/widget/runner-injury.js"></script>
 *   <injury-card condition="runners-knee"></injury-card>
 *   <symptom-checker></symptom-checker>
 *   <injury-search></injury-search>
 * They call the service this script was loaded from, or the one in their `api-base` attribute.
 */

import { InjuryCard } from './injury-card.js';
import { InjurySearch } from './injury-search.js';
import { SymptomChecker } from './symptom-checker.js';

for (const [name, element] of [['injury-card', InjuryCard], ['symptom-checker', SymptomChecker],
  ['injury-search', InjurySearch]]) {
  // A page that loads the script twice (say from two snippets) must not fail on the second definition.
  if (!customElements.get(name)) {
    customElements.define(name, element);
  }
}
