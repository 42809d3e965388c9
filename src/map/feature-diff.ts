import type { Feature, Geometry } from 'geojson';
import type { GeoJSONFeatureDiff, GeoJSONSourceDiff } from 'maplibre-gl';

/** A feature identified by its `id` property (the sources promote it to the feature id). */
type IdentifiedFeature = Feature<Geometry, { id: string }>;

function sameCoordinates(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((value, index) => sameCoordinates(value, b[index]));
}

function sameGeometry(a: Geometry, b: Geometry): boolean {
  if (a === b) return true;
  if (a.type !== b.type || a.type === 'GeometryCollection' || b.type === 'GeometryCollection') return false;
  return sameCoordinates(a.coordinates, b.coordinates);
}

/** What changed in one feature, or undefined when nothing did. */
function featureChange(before: IdentifiedFeature, after: IdentifiedFeature): GeoJSONFeatureDiff | undefined {
  const old: Record<string, unknown> = before.properties;
  const next: Record<string, unknown> = after.properties;
  const addOrUpdateProperties = Object.keys(next)
    .filter((key) => !Object.is(old[key], next[key]))
    .map((key) => ({ key, value: next[key] }));
  const removeProperties = Object.keys(old).filter((key) => !(key in next));
  const newGeometry = sameGeometry(before.geometry, after.geometry) ? undefined : after.geometry;
  if (!addOrUpdateProperties.length && !removeProperties.length && !newGeometry) return undefined;
  return {
    id: after.properties.id,
    ...(newGeometry && { newGeometry }),
    ...(removeProperties.length > 0 && { removeProperties }),
    ...(addOrUpdateProperties.length > 0 && { addOrUpdateProperties }),
  };
}

/**
 * The changes from one list of features to the next, by their `id` property, as MapLibre's
 * `updateData` takes them: ids that left, features that came, and what changed in the others.
 * Undefined when nothing changed. A feature object that is in both lists is unchanged without a look.
 */
export function featureDiff(
  previous: readonly IdentifiedFeature[],
  next: readonly IdentifiedFeature[],
): GeoJSONSourceDiff | undefined {
  const before = new Map(previous.map((feature) => [feature.properties.id, feature]));
  const add: IdentifiedFeature[] = [];
  const update: GeoJSONFeatureDiff[] = [];
  for (const feature of next) {
    const old = before.get(feature.properties.id);
    before.delete(feature.properties.id);
    if (!old) add.push(feature);
    else if (old !== feature) {
      const change = featureChange(old, feature);
      if (change) update.push(change);
    }
  }
  // What is left of `before` is not in `next`.
  const remove = [...before.keys()];
  if (!add.length && !remove.length && !update.length) return undefined;
  return {
    ...(remove.length > 0 && { remove }),
    ...(add.length > 0 && { add }),
    ...(update.length > 0 && { update }),
  };
}
