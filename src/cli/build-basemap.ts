/**
 * Converts Natural Earth countries (world-atlas, 50m) into the offline basemap served from public/basemap/:
 * countries.geojson (fill) and borders.geojson (line), already fixed for planar drawing across the antimeridian.
 *
 * Usage: npx tsx src/cli/build-basemap.ts [--force]
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBorders, buildCountries } from './basemap/build';
import { formatBytes } from './basemap/format-bytes';
import { outputsAreFresh } from './basemap/freshness';
import { isCountriesTopology } from './basemap/topology';

const here = dirname(fileURLToPath(import.meta.url));
const projectRoot = join(here, '..', '..');
const outputDir = join(projectRoot, 'public', 'basemap');
const countriesPath = join(outputDir, 'countries.geojson');
const bordersPath = join(outputDir, 'borders.geojson');
const inputPath = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');

function mtimeMs(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The conversion code counts as input too: changing it must rebuild the files. */
function inputMtimes(): number[] {
  const basemapDir = join(here, 'basemap');
  const sources = [
    fileURLToPath(import.meta.url),
    ...readdirSync(basemapDir).map((name) => join(basemapDir, name)),
  ];
  return [inputPath, ...sources].map((path) => mtimeMs(path) ?? Number.POSITIVE_INFINITY);
}

/** Write-then-rename so a running dev server never serves half a file. */
function writeAtomically(path: string, content: string): void {
  const temporary = `${path}.tmp-${process.pid}`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

function sizesLine(): string {
  const size = (path: string): string => formatBytes(statSync(path).size);
  return `countries.geojson ${size(countriesPath)}, borders.geojson ${size(bordersPath)}`;
}

function main(): void {
  const force = process.argv.includes('--force');
  if (!force && outputsAreFresh(inputMtimes(), [mtimeMs(countriesPath), mtimeMs(bordersPath)])) {
    console.log(`basemap: up to date in public/basemap/ (${sizesLine()})`);
    return;
  }
  const started = performance.now();
  const parsed: unknown = JSON.parse(readFileSync(inputPath, 'utf8'));
  if (!isCountriesTopology(parsed)) {
    throw new Error(`${inputPath} is not a TopoJSON topology with a "countries" geometry collection`);
  }
  const countries = buildCountries(parsed);
  const borders = buildBorders(parsed);
  mkdirSync(outputDir, { recursive: true });
  writeAtomically(countriesPath, JSON.stringify(countries));
  writeAtomically(bordersPath, JSON.stringify(borders));
  const elapsed = Math.round(performance.now() - started);
  console.log(
    `basemap: wrote public/basemap/ in ${elapsed} ms (${countries.features.length} countries; ${sizesLine()})`,
  );
}

main();
