/**
 * Talks to the runner-injury API: finds its base URL, keeps each response in the page with its ETag so that
 * a repeated request is a cheap If-None-Match revalidation, and turns every failure into an ApiError that the
 * components can put into words.
 */

/** The service that served this file: /widget/api.js lives one level below the service root. */
const SERVICE_ROOT = new URL('../', import.meta.url).href;

/** How many responses the page keeps; the oldest is dropped first. */
const CACHE_LIMIT = 200;

/** URL -> { etag, body } of the last 200 response for that URL. */
const cache = new Map();

/** A failed API call; `kind` is one of 'config', 'network', 'not-found', 'invalid', 'server'. */
export class ApiError extends Error {
  constructor(kind, message, problem = null) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.problem = problem;
  }

  /** Worth trying again: the network or the service failed, not the request. */
  get retryable() {
    return this.kind === 'network' || this.kind === 'server';
  }
}

/** The service root for an element: its `api-base` attribute, else the origin and path this script came from. */
export function serviceRoot(element) {
  const attribute = element.getAttribute('api-base');
  if (attribute === null || attribute.trim() === '') {
    return SERVICE_ROOT;
  }
  let url;
  try {
    url = new URL(attribute.trim(), document.baseURI);
  } catch {
    throw new ApiError('config', `The api-base attribute “${attribute}” is not a valid URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ApiError('config', `The api-base attribute “${attribute}” must be an http or https URL.`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** The URL of an API path such as `conditions/runners-knee`, with query parameters given as [name, value] pairs. */
export function apiUrl(root, path, params = []) {
  const url = new URL(`api/v1/${path}`, root);
  for (const [name, value] of params) {
    url.searchParams.append(name, value);
  }
  return url.href;
}

/**
 * GETs a JSON body. A body already held for the URL is revalidated with If-None-Match and reused on 304.
 * Rejects with an ApiError, or with the AbortError of `signal` when the caller gave up on the request.
 */
export async function getJson(url, signal) {
  const held = cache.get(url);
  // Only a revalidation carries If-None-Match: a first request stays a simple CORS request, without a preflight.
  const headers = held ? { 'If-None-Match': held.etag } : {};
  let response;
  try {
    response = await fetch(url, { headers, signal, credentials: 'omit' });
  } catch (error) {
    throw signal?.aborted ? error : new ApiError('network',
      'The injury information service could not be reached. Check your connection, then try again.');
  }
  if (response.status === 304 && held) {
    remember(url, held);
    return held.body;
  }
  if (!response.ok) {
    throw await problemError(response);
  }
  const body = await readJson(response, signal);
  const etag = response.headers.get('ETag');
  if (etag) {
    remember(url, { etag, body });
  }
  return body;
}

/** Reads every page of a list (the service caps a page at 100 items) and returns all items. */
export async function getAllItems(root, path, params, signal) {
  const items = [];
  for (let page = 1; ; page++) {
    const body = await getJson(apiUrl(root, path, [...params, ['size', '100'], ['page', String(page)]]), signal);
    items.push(...body.items);
    if (page >= body.totalPages) {
      return items;
    }
  }
}

function remember(url, entry) {
  cache.delete(url);
  cache.set(url, entry);
  if (cache.size > CACHE_LIMIT) {
    cache.delete(cache.keys().next().value);
  }
}

async function readJson(response, signal) {
  try {
    return await response.json();
  } catch (error) {
    throw signal?.aborted ? error : new ApiError('server',
      'The injury information service sent an answer that could not be read. Please try again later.');
  }
}

async function problemError(response) {
  let problem = null;
  try {
    problem = await response.json();
  } catch {
    // A proxy's HTML error page or an empty body: the status alone says what happened.
  }
  const detail = typeof problem?.detail === 'string' ? problem.detail : '';
  if (response.status === 404) {
    return new ApiError('not-found', detail || 'Not found.', problem);
  }
  if (response.status < 500) {
    return new ApiError('invalid', `The request was not accepted (${response.status}). ${detail}`.trim(), problem);
  }
  return new ApiError('server', `The injury information service had a problem (${response.status}). `
    + 'Please try again later.', problem);
}
