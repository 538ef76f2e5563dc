/**
 * <injury-search>: a search box over /api/v1/search that suggests conditions while the visitor types, forgiving
 * small typos. It follows the ARIA combobox pattern (arrow keys move through the suggestions, Enter chooses,
 * Escape closes); a chosen condition opens its <injury-card> below the box, or the host's page for it when
 * `card-href` is set.
 */

import { apiUrl, getJson, serviceRoot } from './api.js';
import { aborted, h, shadow, showError, showStatus, templatedHref } from './dom.js';
import { nestedCard } from './injury-card.js';

/** Wait this long after the last keystroke before asking the service. */
const DEBOUNCE_MS = 250;
/** Shorter queries are not sent. */
const MIN_QUERY_LENGTH = 2;
const SUGGESTION_LIMIT = 8;

export class InjurySearch extends HTMLElement {
  #input;
  #listbox;
  #status;
  #chosen;
  #controller = null;
  #timer = 0;
  #hits = [];
  #active = -1;

  constructor() {
    super();
    this.#input = h('input', { type: 'search', id: 'query', role: 'combobox', autocomplete: 'off', spellcheck: 'false',
      'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'suggestions',
      'aria-describedby': 'hint', part: 'input',
      oninput: () => this.#queueSearch(), onkeydown: (event) => this.#onKey(event), onblur: () => this.#close() });
    this.#listbox = h('ul', { id: 'suggestions', role: 'listbox', 'aria-label': 'Suggested conditions',
      part: 'listbox', hidden: true,
      // Keeps the focus in the box while a suggestion is clicked, so blur does not close the list first.
      onmousedown: (event) => event.preventDefault() });
    this.#status = h('div', { class: 'status', part: 'status', role: 'status' });
    this.#chosen = h('div', { class: 'chosen' });
  }

  connectedCallback() {
    if (this.shadowRoot) {
      return;
    }
    const labelText = this.getAttribute('label') || 'Search running injuries';
    shadow(this).append(h('div', { class: 'container', part: 'container', role: 'search' },
      h('label', { for: 'query', class: 'search-label', part: 'label' }, labelText),
      h('div', { class: 'combobox' }, this.#input, this.#listbox),
      h('p', { id: 'hint', class: 'muted detail' },
        'Type at least two letters of a condition; small typos are fine. Choose a suggestion with the arrow keys '
        + 'and Enter, or click it.'),
      this.#status,
      this.#chosen));
  }

  disconnectedCallback() {
    clearTimeout(this.#timer);
    this.#controller?.abort();
  }

  #queueSearch() {
    clearTimeout(this.#timer);
    this.#controller?.abort();
    const query = this.#input.value.trim();
    if (query.length < MIN_QUERY_LENGTH) {
      this.#setHits([]);
      showStatus(this.#status, 'idle');
      return;
    }
    this.#timer = setTimeout(() => this.#search(query), DEBOUNCE_MS);
  }

  async #search(query) {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    showStatus(this.#status, 'loading', 'Searching…');
    try {
      const params = [['q', query], ['type', 'condition'], ['size', String(SUGGESTION_LIMIT)]];
      const page = await getJson(apiUrl(serviceRoot(this), 'search', params), controller.signal);
      this.#setHits(page.items);
      showStatus(this.#status, page.items.length ? 'done' : 'empty', page.items.length
        ? `${page.items.length === 1 ? '1 suggestion' : `${page.items.length} suggestions`}: use the up and down `
          + 'arrows to move through them.'
        : `No condition matches “${query}”.`);
    } catch (error) {
      if (!aborted(error, controller.signal)) {
        this.#setHits([]);
        showError(this.#status, error, () => this.#search(query));
      }
    }
  }

  #setHits(hits) {
    this.#hits = hits;
    this.#listbox.replaceChildren(...hits.map((hit, index) => h('li', {
      id: `suggestion-${index}`, role: 'option', 'aria-selected': 'false', part: 'option', 'data-slug': hit.slug,
      onclick: () => this.#choose(index),
    }, h('span', { class: 'name' }, hit.name), h('span', { class: 'snippet' }, hit.snippet))));
    this.#setActive(-1);
    this.#setOpen(hits.length > 0);
  }

  #setOpen(open) {
    this.#listbox.hidden = !open;
    this.#input.setAttribute('aria-expanded', String(open));
    if (!open) {
      this.#setActive(-1);
    }
  }

  #close() {
    this.#setOpen(false);
  }

  #setActive(index) {
    this.#active = index;
    [...this.#listbox.children].forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      this.#input.setAttribute('aria-activedescendant', `suggestion-${index}`);
    } else {
      this.#input.removeAttribute('aria-activedescendant');
    }
  }

  #onKey(event) {
    const open = !this.#listbox.hidden;
    const count = this.#hits.length;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && count > 0) {
      event.preventDefault();
      if (!open) {
        this.#setOpen(true);
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const start = this.#active < 0 && step < 0 ? count : this.#active;
      this.#setActive((start + step + count) % count);
    } else if (event.key === 'Enter' && open && this.#active >= 0) {
      event.preventDefault();
      this.#choose(this.#active);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (open) {
        this.#close();
      } else {
        this.#input.value = '';
        this.#queueSearch();
      }
    }
  }

  #choose(index) {
    const hit = this.#hits[index];
    this.#input.value = hit.name;
    this.#close();
    const template = this.getAttribute('card-href');
    if (template) {
      window.location.assign(templatedHref(template, hit.slug));
      return;
    }
    showStatus(this.#status, 'done', `${hit.name} is shown below.`);
    this.#chosen.replaceChildren(nestedCard(this, hit.slug, 0));
  }
}
