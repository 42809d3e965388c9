import type { z } from 'zod';
import type { Dataset, PlaceEntry } from './dataset';
import type { datasetSchema, PlaceFeature, Relation, RelationFeature } from './schema';

/** The dataset file format (what validate-data reads). */
export type DatasetFile = z.infer<typeof datasetSchema>;

function placeFeature({ coordinates, ...properties }: PlaceEntry): PlaceFeature {
  return {
    type: 'Feature',
    geometry: coordinates ? { type: 'Point', coordinates } : null,
    properties,
  };
}

function relationFeature(relation: Relation, places: Dataset['places']): RelationFeature {
  const from = places.get(relation.from)?.coordinates;
  const to = places.get(relation.to)?.coordinates;
  return {
    type: 'Feature',
    geometry: from && to ? { type: 'LineString', coordinates: [from, to] } : null,
    properties: relation,
  };
}

/** Writes a dataset back in the file format: places first, then relations, as the shipped files do. */
export function datasetToGeoJson(dataset: Dataset): DatasetFile {
  return {
    type: 'FeatureCollection',
    metadata: dataset.metadata,
    sources: { ...dataset.sources },
    features: [
      ...[...dataset.places.values()].map(placeFeature),
      ...dataset.relations.map((relation) => relationFeature(relation, dataset.places)),
    ],
  };
}
