/**
 * DOM helpers shared by the components. Content from the API only ever becomes text nodes and attribute values,
 * never HTML, so nothing it contains can run in the host page.
 */

import { adoptStyles } from './style.js';

/**
 * Creates an element. `props`: `on<event>` functions become listeners, `true` becomes an empty attribute,
 * `false`, `null` and `undefined` are left out, anything else is set as an attribute. Children are nodes or text.
 */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function' && name.startsWith('on')) {
      node.addEventListener(name.slice(2), value);
    } else if (value === true) {
      node.setAttribute(name, '');
    } else if (value !== false && value !== null && value !== undefined) {
      node.setAttribute(name, String(value));
    }
  }
  node.append(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
  return node;
}

/** Opens the element's shadow root with the shared styles and returns it. */
export function shadow(element) {
  const root = element.attachShadow({ mode: 'open' });
  adoptStyles(root);
  return root;
}

/**
 * The level of a heading `depth` levels below the element's `heading-level` attribute (default 2), so a host page
 * can fit the component into its own outline.
 */
export function headingLevel(element, depth = 0) {
  const base = Number.parseInt(element.getAttribute('heading-level') ?? '', 10);
  const level = Number.isInteger(base) && base >= 1 && base <= 6 ? base : 2;
  return Math.min(6, level + depth);
}

/** The tag of that heading: `h2`, `h3`... */
export function heading(element, depth = 0) {
  return `h${headingLevel(element, depth)}`;
}

/**
 * Shows a state in words inside a component's live status element: `loading`, `empty`, `error` or nothing
 * (`idle`). An error worth retrying gets a button that calls `retry`.
 */
export function showStatus(status, state, message = '', retry = null) {
  status.dataset.state = state;
  status.setAttribute('part', `status status-${state}`);
  status.hidden = state === 'idle';
  status.replaceChildren(...(state === 'idle' ? [] : [h('p', {}, message)]));
  if (retry) {
    status.append(h('button', { type: 'button', part: 'button', onclick: retry }, 'Try again'));
  }
}

/** Shows an ApiError (or anything else that went wrong) in words, with a retry button when one could help. */
export function showError(status, error, retry, notFoundMessage = '') {
  if (error?.kind === 'not-found' && notFoundMessage) {
    showStatus(status, 'error', notFoundMessage);
    status.append(h('p', { class: 'detail' }, error.message));
    return;
  }
  const message = error?.name === 'ApiError' ? error.message : 'Something went wrong while showing this content.';
  showStatus(status, 'error', message, error?.retryable ? retry : null);
}

/** A link whose href comes from a template such as `/injuries/{slug}`, for hosts that give each condition a page. */
export function templatedHref(template, slug) {
  return template.replaceAll('{slug}', encodeURIComponent(slug));
}

/** Whether an abort (a newer request replaced this one, or the element left the page) ended the work. */
export function aborted(error, signal) {
  return signal.aborted || error?.name === 'AbortError';
}
