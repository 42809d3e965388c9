import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeoJSONSourceDiff } from 'maplibre-gl';
import { featureDiff } from './feature-diff';

type Collection = FeatureCollection<Geometry, { id: string }>;

/** The part of the map the diffing needs, so tests can pass a fake. */
export interface DiffTarget {
  getSource(id: string): unknown;
  on(type: 'sourcedata', listener: (event: { sourceId?: string }) => void): unknown;
  off(type: 'sourcedata', listener: (event: { sourceId?: string }) => void): unknown;
}

interface Updatable {
  updateData(diff: GeoJSONSourceDiff): Promise<void>;
}

function isUpdatable(source: unknown): source is Updatable {
  return typeof source === 'object' && source !== null && 'updateData' in source;
}

/**
 * The data to give a GeoJSON <Source>, whose later changes go to MapLibre as diffs.
 * react-map-gl replaces all of a source's data (setData) whenever its `data` prop changes: at
 * 10,000 places a slider step that changed a few would send every point to the worker again and
 * re-cut every tile. So the <Source> keeps the data it started with (its prop never changes),
 * and each change of `data` is sent as `updateData`, which re-cuts only the tiles it touches.
 * A source that MapLibre re-created (a new style, e.g. the dark theme) starts from that first
 * data again, so it is brought up to date the same way.
 */
export function useDiffedData<T extends Collection>(map: DiffTarget | null, sourceId: string, data: T): T {
  const [initial] = useState(data);
  // What the map's source holds now, and which source object that was.
  const held = useRef<{ source: unknown; data: Collection } | null>(null);
  const sync = useEffectEvent((target: DiffTarget) => {
    const source = target.getSource(sourceId);
    if (!isUpdatable(source)) return;
    const base = held.current?.source === source ? held.current.data : initial;
    held.current = { source, data };
    if (base === data) return;
    const diff = featureDiff(base.features, data.features);
    if (diff) void source.updateData(diff);
  });
  useEffect(
    function sendChanges() {
      if (map) sync(map);
    },
    [map, data],
  );
  useEffect(
    function catchUpRecreatedSource() {
      if (!map) return;
      const onSourceData = (event: { sourceId?: string }) => {
        if (event.sourceId === sourceId) sync(map);
      };
      map.on('sourcedata', onSourceData);
      return () => {
        map.off('sourcedata', onSourceData);
      };
    },
    [map, sourceId],
  );
  return initial;
}
