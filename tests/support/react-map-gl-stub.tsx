import { createContext, forwardRef, useContext, useEffect, useImperativeHandle, type ReactNode } from 'react';
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSourceDiff } from 'maplibre-gl';
import { vi } from 'vitest';
import { applyDiff } from './apply-diff';

/**
 * A stand-in for react-map-gl in jsdom (which has no WebGL): the Map renders its children
 * and records sources and layers, so tests can read what would be drawn. A source holds its
 * `data` prop, replaced when the prop changes (as react-map-gl's setData) and changed by
 * `updateData` diffs sent through the fake map (as MapLibre's).
 */
export const drawn = {
  sources: new globalThis.Map<string, unknown>(),
  layers: new globalThis.Map<string, Record<string, unknown>>(),
};

export const fakeMap = {
  fitBounds: vi.fn(),
  setFeatureState: vi.fn(),
  setMissingStyleImageResolver: vi.fn(),
  hasImage: vi.fn(() => false),
  addImage: vi.fn(),
  getCanvas: () => document.createElement('canvas'),
  getContainer: () => document.createElement('div'),
  on: vi.fn(),
  off: vi.fn(),
  getSource(id: string) {
    return drawn.sources.has(id)
      ? {
          updateData(diff: GeoJSONSourceDiff) {
            drawn.sources.set(id, applyDiff(drawn.sources.get(id) as FeatureCollection, diff));
            return Promise.resolve();
          },
        }
      : undefined;
  },
  getMap() {
    return fakeMap;
  },
};

const SourceContext = createContext<string | undefined>(undefined);

interface StubMapProps {
  children?: ReactNode;
  onLoad?: (event: { target: typeof fakeMap }) => void;
}

const Map = forwardRef<typeof fakeMap, StubMapProps>(function Map({ children, onLoad }, ref) {
  useImperativeHandle(ref, () => fakeMap);
  useEffect(
    function loadOnce() {
      onLoad?.({ target: fakeMap });
    },
    // Like MapLibre's, the load event comes once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  return <div data-testid="map">{children}</div>;
});

export default Map;
export { Map };

export function Source({ id, data, children }: { id: string; data: unknown; children?: ReactNode }) {
  useEffect(
    function replaceData() {
      drawn.sources.set(id, data);
    },
    [id, data],
  );
  return <SourceContext.Provider value={id}>{children}</SourceContext.Provider>;
}

export function Layer(props: Record<string, unknown>) {
  const source = useContext(SourceContext);
  drawn.layers.set(String(props.id), { ...props, source });
  return null;
}

export function NavigationControl() {
  return null;
}

export function AttributionControl({ customAttribution }: { customAttribution?: string[] }) {
  return <p data-testid="attribution">{customAttribution?.join(' | ')}</p>;
}

export function useMap() {
  return { current: fakeMap };
}
