import { createContext, forwardRef, useContext, useImperativeHandle, type ReactNode } from 'react';
import { vi } from 'vitest';

/**
 * A stand-in for react-map-gl in jsdom (which has no WebGL): the Map renders its children
 * and records sources and layers, so tests can read what would be drawn.
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
  getMap() {
    return fakeMap;
  },
};

const SourceContext = createContext<string | undefined>(undefined);

interface StubMapProps {
  children?: ReactNode;
  onLoad?: (event: { target: typeof fakeMap }) => void;
}

const Map = forwardRef<typeof fakeMap, StubMapProps>(function Map({ children }, ref) {
  useImperativeHandle(ref, () => fakeMap);
  return <div data-testid="map">{children}</div>;
});

export default Map;
export { Map };

export function Source({ id, data, children }: { id: string; data: unknown; children?: ReactNode }) {
  drawn.sources.set(id, data);
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
