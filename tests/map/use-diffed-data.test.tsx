import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import type { GeoJSONSourceDiff } from 'maplibre-gl';
import { useDiffedData, type DiffTarget } from '../../src/map/use-diffed-data';
import { applyDiff } from '../support/apply-diff';

type Points = FeatureCollection<Point, { id: string; role: string }>;

const points = (...entries: [string, string][]): Points => ({
  type: 'FeatureCollection',
  features: entries.map(([id, role]) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [10, 50] },
    properties: { id, role },
  })),
});

/** A map with one GeoJSON source that holds what it was given, and applies diffs as MapLibre does. */
function fakeMap(initial: Points) {
  const listeners = new Set<(event: { sourceId?: string }) => void>();
  const makeSource = (data: FeatureCollection) => {
    const source = {
      data,
      updateData: vi.fn((diff: GeoJSONSourceDiff) => {
        source.data = applyDiff(source.data, diff);
        return Promise.resolve();
      }),
    };
    return source;
  };
  let source = makeSource(initial);
  const map: DiffTarget & { source: () => typeof source; recreate: (data: Points) => void } = {
    getSource: (id) => (id === 'places' ? source : undefined),
    on: (_type, listener) => listeners.add(listener),
    off: (_type, listener) => listeners.delete(listener),
    source: () => source,
    // What react-map-gl does after a style change: the source comes back with its <Source>'s data prop.
    recreate: (data) => {
      source = makeSource(data);
      listeners.forEach((listener) => listener({ sourceId: 'places' }));
    },
  };
  return map;
}

const ids = (data: FeatureCollection) =>
  data.features.map((f) => `${String(f.properties?.id)}:${String(f.properties?.role)}`).sort();

describe('useDiffedData', () => {
  it('keeps the <Source> prop as it started, and sends each change as a diff', () => {
    const first = points(['home', 'home'], ['a', 'active'], ['b', 'paused']);
    const map = fakeMap(first);
    const { result, rerender } = renderHook(({ data }) => useDiffedData(map, 'places', data), {
      initialProps: { data: first },
    });
    expect(result.current).toBe(first);
    expect(map.source().updateData).not.toHaveBeenCalled();

    const second = points(['home', 'home'], ['a', 'ended'], ['c', 'active']);
    rerender({ data: second });
    expect(result.current).toBe(first);
    expect(map.source().updateData).toHaveBeenCalledTimes(1);
    expect(map.source().updateData).toHaveBeenCalledWith({
      remove: ['b'],
      add: [second.features[2]],
      update: [{ id: 'a', addOrUpdateProperties: [{ key: 'role', value: 'ended' }] }],
    });
    expect(ids(map.source().data)).toEqual(ids(second));
  });

  it('sends nothing when the new data has the same features', () => {
    const first = points(['a', 'active']);
    const map = fakeMap(first);
    const { rerender } = renderHook(({ data }) => useDiffedData(map, 'places', data), {
      initialProps: { data: first },
    });
    rerender({ data: { ...first, features: [...first.features] } });
    expect(map.source().updateData).not.toHaveBeenCalled();
  });

  it('brings a re-created source from its first data up to the latest', () => {
    const first = points(['a', 'active']);
    const map = fakeMap(first);
    const { result, rerender } = renderHook(({ data }) => useDiffedData(map, 'places', data), {
      initialProps: { data: first },
    });
    const latest = points(['a', 'paused'], ['b', 'active']);
    rerender({ data: latest });
    act(() => map.recreate(result.current));
    expect(ids(map.source().data)).toEqual(ids(latest));
  });

  it('waits for the map, then catches up from the first data', () => {
    const first = points(['a', 'active']);
    const map = fakeMap(first);
    const { rerender } = renderHook(({ data, target }) => useDiffedData(target, 'places', data), {
      initialProps: { data: first, target: null as DiffTarget | null },
    });
    const latest = points(['b', 'active']);
    rerender({ data: latest, target: null });
    rerender({ data: latest, target: map });
    expect(ids(map.source().data)).toEqual(ids(latest));
  });
});
