/**
 * <injury-card condition="runners-knee">: one condition as a card, with its symptoms, when to see a doctor, the
 * claims about treatments grouped by modality with their evidence level explained, the sources, the date it was
 * last reviewed and the disclaimer.
 */

import { apiUrl, getJson, serviceRoot } from './api.js';
import { aborted, h, heading, headingLevel, shadow, showError, showStatus } from './dom.js';
import { EVIDENCE_LEVELS, SOURCE_KINDS, evidenceLevel, formatDate, label } from './labels.js';

/** The card's parts, which a card inside another component exports as `card-<part>` (`card-claim`). */
const PARTS = ['container', 'heading', 'summary', 'claim', 'badge',
  ...Object.keys(EVIDENCE_LEVELS).map((level) => `badge-${level}`), 'legend', 'sources', 'link', 'disclaimer',
  'status', 'status-loading', 'status-empty', 'status-error', 'button'];

/**
 * A card for a component to open inside its own shadow root: same service, headings `depth` levels below the
 * component's, parts styleable from the host page through the component.
 */
export function nestedCard(owner, slug, depth) {
  return h('injury-card', { condition: slug, 'api-base': owner.getAttribute('api-base'),
    'heading-level': headingLevel(owner, depth), exportparts: PARTS.map((part) => `${part}: card-${part}`).join(', ') });
}

export class InjuryCard extends HTMLElement {
  static observedAttributes = ['condition', 'api-base', 'heading-level'];

  #container;
  #status;
  #content;
  #controller = null;
  #loadQueued = false;

  constructor() {
    super();
    this.#status = h('div', { class: 'status', part: 'status', role: 'status' });
    this.#content = h('div', { class: 'content' });
    this.#container = h('article', { class: 'container', part: 'container' }, this.#status, this.#content);
    shadow(this).append(this.#container);
  }

  connectedCallback() {
    this.#queueLoad();
  }

  disconnectedCallback() {
    this.#controller?.abort();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue !== newValue && this.isConnected) {
      this.#queueLoad();
    }
  }

  /** Loads once for any number of attribute changes made together. */
  #queueLoad() {
    if (!this.#loadQueued) {
      this.#loadQueued = true;
      queueMicrotask(() => {
        this.#loadQueued = false;
        if (this.isConnected) {
          this.#load();
        }
      });
    }
  }

  async #load() {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const slug = (this.getAttribute('condition') ?? '').trim();
    this.#content.replaceChildren();
    if (!slug) {
      showStatus(this.#status, 'empty', 'No condition chosen: give this card a condition, such as '
        + 'condition="runners-knee".');
      return;
    }
    showStatus(this.#status, 'loading', 'Loading the condition…');
    this.#container.setAttribute('aria-busy', 'true');
    try {
      const root = serviceRoot(this);
      const condition = await getJson(apiUrl(root, `conditions/${encodeURIComponent(slug)}`), controller.signal);
      const sources = await loadSources(root, condition.claims, controller.signal);
      showStatus(this.#status, 'idle');
      this.#show(condition, sources);
    } catch (error) {
      if (!aborted(error, controller.signal)) {
        showError(this.#status, error, () => this.#load(), `No condition called “${slug}” was found.`);
      }
    } finally {
      if (this.#controller === controller) {
        this.#container.removeAttribute('aria-busy');
      }
    }
  }

  /** Renders a loaded condition; everything the card shows (and may later emit for search engines) is here. */
  #show(condition, sources) {
    const sectionHeading = heading(this, 1);
    this.#content.replaceChildren(...[
      h(heading(this), { class: 'title', part: 'heading' }, condition.name),
      condition.aliases?.length ? h('p', { class: 'aliases' }, `Also called ${condition.aliases.join(', ')}`) : null,
      h('p', { class: 'summary', part: 'summary' }, condition.summary),
      section(sectionHeading, 'symptoms', 'Symptoms', list(condition.symptoms.map((symptom) => symptom.name))),
      section(sectionHeading, 'doctor', 'When to see a doctor', list(condition.whenToSeeADoctor)),
      section(sectionHeading, 'treatments', 'What the sources say about treatments', ...this.#claims(condition.claims)),
      section(sectionHeading, 'sources', 'Sources', h('ul', { part: 'sources' }, sources.map(sourceItem))),
      h('p', { class: 'reviewed' }, 'Last reviewed ',
        h('time', { datetime: condition.lastReviewed }, formatDate(condition.lastReviewed))),
      h('p', { class: 'disclaimer', part: 'disclaimer', role: 'note' }, condition.disclaimer),
    ].filter(Boolean));
  }

  #claims(claims) {
    if (claims.length === 0) {
      return [h('p', { class: 'muted' }, 'The sources make no claims about treatments for this condition.')];
    }
    const byModality = new Map();
    for (const claim of claims) {
      const group = byModality.get(claim.modality.slug) ?? { modality: claim.modality, claims: [] };
      group.claims.push(claim);
      byModality.set(claim.modality.slug, group);
    }
    const groupHeading = heading(this, 2);
    return [
      ...[...byModality.values()].map((group) => h('section', { class: 'modality', 'data-modality': group.modality.slug },
        h(groupHeading, {}, group.modality.name),
        h('ul', { class: 'claims' }, group.claims.map(claimItem)))),
      legend(groupHeading, claims),
    ];
  }
}

async function loadSources(root, claims, signal) {
  const refs = new Map();
  for (const claim of claims) {
    for (const source of claim.sources) {
      refs.set(source.id, source);
    }
  }
  const results = await Promise.allSettled(
    [...refs.keys()].map((id) => getJson(apiUrl(root, `sources/${encodeURIComponent(id)}`), signal)));
  if (signal.aborted) {
    throw signal.reason;
  }
  // A source whose details fail to load is still named, from the claim's reference to it.
  return [...refs.values()].map((ref, index) =>
    results[index].status === 'fulfilled' ? results[index].value : { ...ref, unavailable: true });
}

function section(headingTag, name, title, ...children) {
  return h('section', { class: name }, h(headingTag, { class: 'section-title' }, title), ...children);
}

function list(texts) {
  return texts.length ? h('ul', {}, texts.map((text) => h('li', {}, text))) : h('p', { class: 'muted' }, 'None listed.');
}

function badge(level) {
  const known = Object.hasOwn(EVIDENCE_LEVELS, level);
  return h('span', { class: 'badge', 'data-level': known ? level : null, part: `badge badge-${level}` },
    evidenceLevel(level).label);
}

function claimItem(claim) {
  return h('li', { part: 'claim', 'data-claim': claim.id },
    h('p', { class: 'evidence' }, h('span', { class: 'visually-hidden' }, 'Evidence level: '), badge(claim.evidenceLevel)),
    h('p', { class: 'statement' }, claim.statement),
    claim.finding ? h('p', { class: 'finding' }, h('span', { class: 'label' }, 'Reported figure: '), claim.finding) : null,
    claim.caveats.length ? h('p', { class: 'caveats-label label' }, 'Caveats') : null,
    claim.caveats.length ? h('ul', { class: 'caveats' }, claim.caveats.map((caveat) => h('li', {}, caveat))) : null,
    h('p', { class: 'cited' }, `Source: ${claim.sources.map((source) => source.title).join('; ')}`),
  );
}

/** Explains, in plain words, each evidence level the card's claims use. */
function legend(headingTag, claims) {
  const used = new Set(claims.map((claim) => claim.evidenceLevel));
  const ordered = [...Object.keys(EVIDENCE_LEVELS).filter((level) => used.has(level)),
    ...[...used].filter((level) => !Object.hasOwn(EVIDENCE_LEVELS, level))];
  return h('section', { class: 'legend-section' },
    h(headingTag, {}, 'What the evidence labels mean'),
    h('dl', { class: 'legend', part: 'legend' }, ordered.flatMap((level) => [
      h('dt', {}, badge(level)),
      h('dd', {}, evidenceLevel(level).explanation),
    ])));
}

function sourceItem(source) {
  const title = source.url
    ? h('a', { href: source.url, rel: 'noopener noreferrer', part: 'link' }, source.title)
    : h('cite', {}, source.title);
  if (source.unavailable) {
    return h('li', { 'data-source': source.id }, title, h('span', { class: 'muted' }, ': details could not be loaded.'));
  }
  const author = source.author
    ? `by ${source.author}${source.authorCredentials ? ` (${source.authorCredentials})` : ''}`
    : 'author not named';
  const facts = [label(SOURCE_KINDS, source.kind), author, source.publisher].filter(Boolean);
  return h('li', { 'data-source': source.id }, title, h('span', { class: 'attribution' }, `, ${facts.join(', ')}`));
}
