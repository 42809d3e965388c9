import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The real data file, as served to the app. */
const DATASET_PATH = resolve(process.cwd(), 'public/data/leipzig.geojson');

/** A loose view of the data file: enough to derive expectations and to break it on purpose. */
interface RawFeature {
  type: 'Feature';
  geometry: { type: string; coordinates: unknown } | null;
  properties: Record<string, unknown> & { featureType: string; id: string };
}

export interface RawDataset {
  type: 'FeatureCollection';
  metadata: Record<string, unknown>;
  sources: Record<string, unknown>;
  features: RawFeature[];
}

export function readDataset(): RawDataset {
  return JSON.parse(readFileSync(DATASET_PATH, 'utf8')) as RawDataset;
}

/** Ids of the places with coordinates in a country (ISO 3166-1 alpha-2). */
export function placeIdsInCountry(dataset: RawDataset, country: string): string[] {
  return dataset.features
    .filter(
      (feature) =>
        feature.properties.featureType === 'place' &&
        feature.properties.country === country &&
        feature.geometry !== null,
    )
    .map((feature) => feature.properties.id);
}
