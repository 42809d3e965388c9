import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, vi } from 'vitest';
import { PROPERTY_SEED } from './property';

// Every property test starts from the same seed, so a failure in CI reproduces locally.
fc.configureGlobal({ seed: PROPERTY_SEED });

vi.mock('react-map-gl/maplibre', () => import('./react-map-gl-stub'));
vi.mock('maplibre-gl/dist/maplibre-gl-worker.mjs?url', () => ({ default: '/worker-stub.mjs' }));

// jsdom has no matchMedia: report no preference (light scheme, motion allowed, any width).
if (typeof window !== 'undefined' && typeof window.matchMedia !== 'function') {
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

afterEach(() => {
  // Some tests (the build-time basemap code) run in plain Node, without a DOM.
  if (typeof window === 'undefined') return;
  cleanup();
  window.history.replaceState(null, '', '/');
});
