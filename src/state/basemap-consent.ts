import { useSyncExternalStore } from 'react';

/**
 * The reader's consent to load the remote basemap config.json names (a third party learns the
 * reader's IP address). Given for this page view by a click; kept across visits only if the
 * reader ticks "remember", as the style URL under this one localStorage key (see README).
 */
export const CONSENT_STORAGE_KEY = 'city-relations-map:remote-basemap';

const granted = new Set<string>();
const listeners = new Set<() => void>();
let version = 0;

function notify(): void {
  version += 1;
  listeners.forEach((listener) => listener());
}

/** Storage can be off (private modes, blocked by the host page's sandbox); consent then lasts one view. */
function storedUrl(): string | null {
  try {
    return window.localStorage.getItem(CONSENT_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function grantConsent(url: string, remember: boolean): void {
  granted.add(url);
  if (remember) {
    try {
      window.localStorage.setItem(CONSENT_STORAGE_KEY, url);
    } catch {
      // Not remembered, but allowed for this view: the reader still gets what they asked for.
    }
  }
  notify();
}

export function revokeConsent(): void {
  granted.clear();
  try {
    window.localStorage.removeItem(CONSENT_STORAGE_KEY);
  } catch {
    // Nothing was stored.
  }
  notify();
}

export interface BasemapConsent {
  /** The remote style may be loaded. */
  allowed: boolean;
  /** Allowed because of a choice remembered from an earlier visit. */
  remembered: boolean;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useBasemapConsent(url: string | undefined): BasemapConsent {
  useSyncExternalStore(
    subscribe,
    () => version,
    () => version,
  );
  if (url === undefined) return { allowed: false, remembered: false };
  const remembered = storedUrl() === url;
  return { allowed: remembered || granted.has(url), remembered };
}
