/**
 * <symptom-checker>: the visitor ticks symptoms, grouped by body region, and sees the conditions that list them,
 * ranked by /api/v1/condition-matches, each opening its <injury-card> (or linking to the host's page for it when
 * `card-href` is set). A notice that this is no diagnosis is always shown.
 */

import { apiUrl, getAllItems, getJson, serviceRoot } from './api.js';
import { aborted, h, heading, shadow, showError, showStatus, templatedHref } from './dom.js';
import { nestedCard } from './injury-card.js';
import { BODY_REGIONS, label } from './labels.js';

/** Conditions shown for one choice of symptoms. */
const RESULT_LIMIT = 20;

const NOTICE = 'This list shows which conditions described here mention the symptoms you pick. It cannot tell you '
  + 'what you have: see a doctor for pain that is severe, lasting or getting worse.';

export class SymptomChecker extends HTMLElement {
  static observedAttributes = ['api-base'];

  #regions;
  #matchArea;
  #symptomStatus;
  #resultStatus;
  #results;
  #disclaimer;
  #clear;
  #symptomController = null;
  #matchController = null;
  #open = new Set();

  constructor() {
    super();
    this.#symptomStatus = h('div', { class: 'status symptom-status', part: 'status', role: 'status' });
    this.#regions = h('div', { class: 'regions', part: 'regions' });
    this.#clear = h('button', { type: 'button', part: 'button', hidden: true, onclick: () => this.#clearAll() },
      'Clear the symptoms');
    this.#resultStatus = h('div', { class: 'status result-status', part: 'status', role: 'status' });
    this.#results = h('ol', { class: 'results', part: 'results' });
    this.#disclaimer = h('p', { class: 'disclaimer', part: 'disclaimer', role: 'note', hidden: true });
    this.#matchArea = h('div', { class: 'match-area', hidden: true });
    this.#regions.addEventListener('change', () => this.#match());
  }

  connectedCallback() {
    if (!this.shadowRoot) {
      this.#build();
    }
    this.#loadSymptoms();
  }

  /** Built once connected: the headings' levels come from an attribute, which a constructor may not read. */
  #build() {
    this.#matchArea.append(
      h('div', { class: 'actions' }, this.#clear),
      h(heading(this, 1), { class: 'section-title' }, 'Conditions that list them'),
      this.#resultStatus,
      this.#results,
      this.#disclaimer);
    shadow(this).append(h('section', { class: 'container', part: 'container', 'aria-labelledby': 'title' },
      h(heading(this), { class: 'title', part: 'heading', id: 'title' }, 'Which conditions list your symptoms?'),
      h('p', { class: 'disclaimer notice', part: 'notice', role: 'note' }, NOTICE),
      this.#symptomStatus,
      this.#regions,
      this.#matchArea));
  }

  disconnectedCallback() {
    this.#symptomController?.abort();
    this.#matchController?.abort();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue !== newValue && this.shadowRoot && this.isConnected) {
      this.#loadSymptoms();
    }
  }

  async #loadSymptoms() {
    this.#symptomController?.abort();
    const controller = new AbortController();
    this.#symptomController = controller;
    this.#regions.replaceChildren();
    this.#matchArea.hidden = true;
    this.#showNoChoice();
    showStatus(this.#symptomStatus, 'loading', 'Loading the symptoms…');
    try {
      const symptoms = await getAllItems(serviceRoot(this), 'symptoms', [['sort', 'name']], controller.signal);
      if (symptoms.length === 0) {
        showStatus(this.#symptomStatus, 'empty', 'No symptoms are listed yet.');
        return;
      }
      showStatus(this.#symptomStatus, 'idle');
      this.#matchArea.hidden = false;
      this.#regions.replaceChildren(...byRegion(symptoms).map(([region, members]) => h('fieldset', { part: 'region' },
        h('legend', {}, label(BODY_REGIONS, region)),
        members.map((symptom) => h('label', {},
          h('input', { type: 'checkbox', name: 'symptom', value: symptom.slug }), symptom.name)))));
    } catch (error) {
      if (!aborted(error, controller.signal)) {
        showError(this.#symptomStatus, error, () => this.#loadSymptoms());
      }
    }
  }

  #picked() {
    return [...this.#regions.querySelectorAll('input:checked')].map((input) => input.value);
  }

  #clearAll() {
    this.#regions.querySelectorAll('input:checked').forEach((input) => {
      input.checked = false;
    });
    this.#match();
    this.#regions.querySelector('input')?.focus();
  }

  #showNoChoice() {
    this.#matchController?.abort();
    this.#results.replaceChildren();
    this.#disclaimer.hidden = true;
    this.#clear.hidden = true;
    showStatus(this.#resultStatus, 'empty', 'Pick one or more symptoms to see the conditions that list them.');
  }

  async #match() {
    const picked = this.#picked();
    if (picked.length === 0) {
      this.#showNoChoice();
      return;
    }
    this.#clear.hidden = false;
    this.#matchController?.abort();
    const controller = new AbortController();
    this.#matchController = controller;
    showStatus(this.#resultStatus, 'loading', 'Finding the conditions…');
    this.#results.setAttribute('aria-busy', 'true');
    try {
      const params = [...picked.map((slug) => ['symptom', slug]), ['size', String(RESULT_LIMIT)]];
      const page = await getJson(apiUrl(serviceRoot(this), 'condition-matches', params), controller.signal);
      this.#showMatches(page, picked.length);
    } catch (error) {
      if (!aborted(error, controller.signal)) {
        this.#results.replaceChildren();
        showError(this.#resultStatus, error, () => this.#match());
      }
    } finally {
      if (this.#matchController === controller) {
        this.#results.removeAttribute('aria-busy');
      }
    }
  }

  #showMatches(page, pickedCount) {
    this.#disclaimer.textContent = page.disclaimer;
    this.#disclaimer.hidden = false;
    this.#results.replaceChildren(...page.items.map((match) => this.#result(match, pickedCount)));
    if (page.items.length === 0) {
      showStatus(this.#resultStatus, 'empty', 'No condition described here lists the symptoms you picked.');
    } else {
      const count = page.totalItems === 1 ? '1 condition lists' : `${page.totalItems} conditions list`;
      const shown = page.totalItems > page.items.length ? ` The ${page.items.length} closest are shown.` : '';
      showStatus(this.#resultStatus, 'done', `${count} at least one of your symptoms, best match first.${shown}`);
    }
  }

  #result(match, pickedCount) {
    const { slug, name } = match.condition;
    const matched = h('p', { class: 'matched' }, `Lists ${match.matchedSymptoms.length} of the ${pickedCount} `
      + `symptom${pickedCount === 1 ? '' : 's'} you picked: ${match.matchedSymptoms.map((s) => s.name).join(', ')}`);
    const template = this.getAttribute('card-href');
    if (template) {
      return h('li', { part: 'result', 'data-condition': slug },
        h('a', { href: templatedHref(template, slug), part: 'link', class: 'name' }, name), matched);
    }
    const slot = h('div', { id: `card-${slug}`, hidden: true });
    const toggle = h('button', { type: 'button', class: 'link name', part: 'link', 'aria-expanded': 'false',
      'aria-controls': slot.id, onclick: () => this.#toggleCard(slug, toggle, slot) }, name);
    const item = h('li', { part: 'result', 'data-condition': slug }, toggle, matched, slot);
    if (this.#open.has(slug)) {
      this.#toggleCard(slug, toggle, slot);
    }
    return item;
  }

  #toggleCard(slug, toggle, slot) {
    const opening = slot.hidden;
    if (opening && !slot.firstChild) {
      slot.append(nestedCard(this, slug, 2));
    }
    slot.hidden = !opening;
    toggle.setAttribute('aria-expanded', String(opening));
    if (opening) {
      this.#open.add(slug);
    } else {
      this.#open.delete(slug);
    }
  }
}

/** Symptoms grouped by body region, regions in the order of BODY_REGIONS, any region it does not know last. */
function byRegion(symptoms) {
  const order = Object.keys(BODY_REGIONS);
  const groups = new Map();
  for (const symptom of symptoms) {
    groups.set(symptom.bodyRegion, [...(groups.get(symptom.bodyRegion) ?? []), symptom]);
  }
  const rank = (region) => (order.includes(region) ? order.indexOf(region) : order.length);
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b));
}
