import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

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

// jsdom prefers en-US; the tests are written for the German default a Leipzig reader's browser gives.
if (typeof navigator !== 'undefined') {
  Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['de-DE', 'de'] });
}

afterEach(() => {
  // Some tests (the build-time basemap code) run in plain Node, without a DOM.
  if (typeof window === 'undefined') return;
  cleanup();
  window.history.replaceState(null, '', '/');
});
