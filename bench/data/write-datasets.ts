import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDataset } from './generate-dataset';
import { parseTwinCsv, twinCitiesDataset } from './twin-cities';

/** In the repository (CC BY-SA, see its README), so a clean clone can run the whole bench. */
const TWIN_CSV = join(import.meta.dirname, 'world-twin-cities/world-twin-cities.csv');

/** One dataset of the scale series, by the name the bench and its table use. */
export interface ScaleDataset {
  name: string;
  /** Same-origin path the app loads through `?data=` (undefined: the app's own dataset). */
  path: string;
}

const GENERATED = ['generated-1000', 'generated-10000', 'world-twin-cities'];

/** The scale series as written by writeDatasets, without writing it again. */
export function listDatasets(): ScaleDataset[] {
  return [
    { name: 'shipped', path: 'data/leipzig.geojson' },
    ...GENERATED.map((name) => ({ name, path: `bench-data/${name}.geojson` })),
  ];
}

/** Writes the generated and converted datasets into `folder` (served at /bench-data/). */
export function writeDatasets(folder: string): ScaleDataset[] {
  mkdirSync(folder, { recursive: true });
  const written: ScaleDataset[] = [{ name: 'shipped', path: 'data/leipzig.geojson' }];
  for (const places of [1_000, 10_000]) {
    const name = `generated-${places}`;
    writeFileSync(join(folder, `${name}.geojson`), JSON.stringify(generateDataset(places)));
    written.push({ name, path: `bench-data/${name}.geojson` });
  }
  const { pairs, skipped } = parseTwinCsv(readFileSync(TWIN_CSV, 'utf8'));
  if (skipped > 0) console.log(`world-twin-cities.csv: ${skipped} rows without usable coordinates skipped`);
  writeFileSync(join(folder, 'world-twin-cities.geojson'), JSON.stringify(twinCitiesDataset(pairs)));
  written.push({ name: 'world-twin-cities', path: 'bench-data/world-twin-cities.geojson' });
  return written;
}
