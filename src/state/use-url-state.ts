import { useMemo, useSyncExternalStore } from 'react';
import { keepEqualLists, parseUrlState, serializeUrlState, type UrlState } from './url-state';

/** The only module that reads or writes `location` and `history`. */

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function currentSearch(): string {
  return window.location.search;
}

/** The URL state at start-up, before React renders (e.g. to pick the first language). */
export function initialUrlState(): UrlState {
  return parseUrlState(window.location.search);
}

/**
 * The page's own URL, against which relative data and config paths resolve. The build's
 * prerender of the first view has no page; it has no `?data=` either, so any origin does.
 */
export function pageUrl(): string {
  return typeof window === 'undefined' ? 'http://localhost/' : window.location.href;
}

// The state last handed out: a new one reuses its unchanged filter lists (see keepEqualLists).
let lastState: UrlState | undefined;

function parseShared(search: string): UrlState {
  lastState = keepEqualLists(lastState, parseUrlState(search));
  return lastState;
}

export function useUrlState(): UrlState {
  const search = useSyncExternalStore(subscribe, currentSearch, () => '');
  return useMemo(() => parseShared(search), [search]);
}

/**
 * Applies a change to the URL state. Selections push a history entry so back/forward
 * walk through them; typing in the search box replaces the entry instead.
 */
export function updateUrlState(patch: Partial<UrlState>, options: { replace?: boolean } = {}): void {
  const next = serializeUrlState({ ...parseUrlState(window.location.search), ...patch });
  const url = `${window.location.pathname}${next ? `?${next}` : ''}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  listeners.forEach((listener) => listener());
}

/** Loads the page again, for when a part of it failed beyond repair. */
export function reloadPage(): void {
  window.location.reload();
}
