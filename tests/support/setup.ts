import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeEach, vi } from 'vitest';
import { uiActions } from '../../src/state/ui-store';
import { PROPERTY_SEED } from './property';

// Every property test starts from the same seed, so a failure in CI reproduces locally.
fc.configureGlobal({ seed: PROPERTY_SEED });

// Only the DOM project (tests/**/*.test.tsx) loads this file; plain-Node tests need none of it.
vi.mock('react-map-gl/maplibre', () => import('./react-map-gl-stub'));
vi.mock('maplibre-gl/dist/maplibre-gl-worker.mjs?url', () => ({ default: '/worker-stub.mjs' }));

// jsdom has no Worker; the map chunk starts MapLibre's worker as it loads (the map itself is stubbed).
if (typeof globalThis.Worker !== 'function') {
  class NoWorker extends EventTarget {
    onmessage = null;
    onerror = null;
    postMessage(): void {}
    terminate(): void {}
  }
  Object.defineProperty(globalThis, 'Worker', { configurable: true, value: NoWorker });
}

// jsdom has no matchMedia: report no preference (light scheme, motion allowed, any width).
if (typeof window.matchMedia !== 'function') {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }),
  });
}

// jsdom prefers en-US; the tests are written for the German default a Leipzig reader's browser gives.
Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['de-DE', 'de'] });

// Every test starts from a fresh UI store: a panel or dialog left open must not leak into the next.
beforeEach(() => {
  uiActions().reset();
});

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});
