/**
 * Cuts Natural Earth (world-atlas 110m, 50m and 10m; see basemap/tiers.ts) into the offline vector-tile basemap
 * served from public/basemap/tiles/{z}/{x}/{y}.pbf: a "land" fill and a "borders" line layer, fixed for planar
 * drawing across the antimeridian. Same input, same bytes: the tiles are cut in a fixed order by pure code.
 *
 * Usage: npx tsx src/cli/build-basemap.ts [--force]
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBorders, buildLand } from './basemap/build';
import { formatBytes } from './basemap/format-bytes';
import { outputsAreFresh } from './basemap/freshness';
import { ZOOM_TIERS, type Resolution } from './basemap/tiers';
import { cutTiles } from './basemap/tiles';
import { isCountriesTopology } from './basemap/topology';

const here = dirname(fileURLToPath(import.meta.url));
const projectRoot = join(here, '..', '..');
const outputDir = join(projectRoot, 'public', 'basemap');
const tilesDir = join(outputDir, 'tiles');
/** Written last, so its presence means a complete set; its time stamps the set for the freshness check. */
const summaryPath = join(tilesDir, 'summary.json');
/** The GeoJSON basemap of earlier versions; left behind it would be copied into every build. */
const legacyFiles = ['countries.geojson', 'borders.geojson'];
const require = createRequire(import.meta.url);
const inputPath = (resolution: Resolution): string =>
  require.resolve(`world-atlas/countries-${resolution}.json`);

function mtimeMs(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The conversion code counts as input too: changing it must rebuild the tiles. */
function inputMtimes(): number[] {
  const basemapDir = join(here, 'basemap');
  const sources = [
    fileURLToPath(import.meta.url),
    ...readdirSync(basemapDir).map((name) => join(basemapDir, name)),
  ];
  const inputs = ZOOM_TIERS.map((tier) => inputPath(tier.resolution));
  return [...inputs, ...sources].map((path) => mtimeMs(path) ?? Number.POSITIVE_INFINITY);
}

interface Summary {
  tiles: number;
  empty: number;
  bytes: number;
}

function readTopology(resolution: Resolution) {
  const path = inputPath(resolution);
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isCountriesTopology(parsed)) {
    throw new Error(`${path} is not a TopoJSON topology with "countries" and "land" geometry collections`);
  }
  return parsed;
}

function writeTiles(targetDir: string): Summary {
  const summary: Summary = { tiles: 0, empty: 0, bytes: 0 };
  for (const tier of ZOOM_TIERS) {
    const topology = readTopology(tier.resolution);
    const layers = { land: buildLand(topology), borders: buildBorders(topology) };
    for (const { z, x, y, data } of cutTiles(layers, tier.minZoom, tier.maxZoom)) {
      if (y === 0) mkdirSync(join(targetDir, String(z), String(x)), { recursive: true });
      writeFileSync(join(targetDir, String(z), String(x), `${y}.pbf`), data);
      summary.tiles += 1;
      summary.bytes += data.length;
      if (data.length === 0) summary.empty += 1;
    }
  }
  return summary;
}

function describe(summary: Summary): string {
  return `${summary.tiles} tiles, ${summary.empty} of them empty sea, ${formatBytes(summary.bytes)}`;
}

/** Builds into a temporary folder and swaps it in, so a running dev server never serves a half-written set. */
function main(): void {
  const force = process.argv.includes('--force');
  if (!force && outputsAreFresh(inputMtimes(), [mtimeMs(summaryPath)])) {
    const summary = JSON.parse(readFileSync(summaryPath, 'utf8')) as Summary;
    console.log(`basemap: up to date in public/basemap/tiles/ (${describe(summary)})`);
    return;
  }
  const started = performance.now();
  const temporary = join(outputDir, `.tiles-${process.pid}`);
  const previous = join(outputDir, `.tiles-old-${process.pid}`);
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  const summary = writeTiles(temporary);
  writeFileSync(join(temporary, 'summary.json'), `${JSON.stringify(summary)}\n`);
  rmSync(previous, { recursive: true, force: true });
  if (mtimeMs(tilesDir) !== undefined) renameSync(tilesDir, previous);
  renameSync(temporary, tilesDir);
  rmSync(previous, { recursive: true, force: true });
  for (const name of legacyFiles) rmSync(join(outputDir, name), { force: true });
  const elapsed = Math.round(performance.now() - started);
  console.log(`basemap: wrote public/basemap/tiles/ in ${elapsed} ms (${describe(summary)})`);
}

main();
