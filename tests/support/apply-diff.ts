import type { Feature, FeatureCollection } from 'geojson';
import type { GeoJSONSourceDiff } from 'maplibre-gl';

function idOf(feature: Feature): unknown {
  return feature.properties?.id;
}

/**
 * What MapLibre's `updateData` does to a source promoting `id`, as a model for tests:
 * remove, then add (replacing a feature with the same id), then update.
 */
export function applyDiff(data: FeatureCollection, diff: GeoJSONSourceDiff): FeatureCollection {
  const byId = new Map(data.features.map((feature) => [idOf(feature), feature]));
  if (diff.removeAll) byId.clear();
  diff.remove?.forEach((id) => byId.delete(id));
  diff.add?.forEach((feature) => byId.set(idOf(feature), feature));
  diff.update?.forEach((change) => {
    const old = byId.get(change.id);
    if (!old) return;
    const removed = new Set(change.removeProperties);
    const kept = change.removeAllProperties
      ? []
      : Object.entries(old.properties ?? {}).filter(([key]) => !removed.has(key));
    const updated = (change.addOrUpdateProperties ?? []).map(({ key, value }): [string, unknown] => [
      key,
      value,
    ]);
    const properties = Object.fromEntries([...kept, ...updated]);
    byId.set(change.id, { ...old, geometry: change.newGeometry ?? old.geometry, properties });
  });
  return { ...data, features: [...byId.values()] };
}
