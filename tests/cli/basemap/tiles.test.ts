// @vitest-environment node
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { buildBorders, buildLand } from '../../../src/cli/basemap/build';
import { tierOfZoom, TILES_MAX_ZOOM, ZOOM_TIERS, type Resolution } from '../../../src/cli/basemap/tiers';
import {
  cutTiles,
  encodeTile,
  indexLayers,
  TILE_EXTENT,
  type TileLayers,
} from '../../../src/cli/basemap/tiles';
import { isCountriesTopology } from '../../../src/cli/basemap/topology';
import { BASEMAP_TILES_MAX_ZOOM } from '../../../src/map/basemap-tiles';

function layersOf(resolution: Resolution): TileLayers {
  const path = createRequire(import.meta.url).resolve(`world-atlas/countries-${resolution}.json`);
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isCountriesTopology(parsed)) throw new Error(`${path} changed shape`);
  return { land: buildLand(parsed), borders: buildBorders(parsed) };
}

const coarse = layersOf('110m');

function decode(data: Uint8Array): VectorTile {
  return new VectorTile(new PbfReader(data));
}

function vertexCount(tile: VectorTile, layer: string): number {
  const source = tile.layers[layer];
  if (source === undefined) return 0;
  let count = 0;
  for (let index = 0; index < source.length; index += 1) {
    count += source.feature(index).loadGeometry().flat().length;
  }
  return count;
}

/** The x of every land vertex in a tile, in tile units. */
function landXs(tile: VectorTile): number[] {
  const land = tile.layers['land'];
  if (land === undefined) return [];
  return Array.from({ length: land.length }, (_, index) =>
    land
      .feature(index)
      .loadGeometry()
      .flat()
      .map((point) => point.x),
  ).flat();
}

const digest = (tiles: Iterable<{ z: number; x: number; y: number; data: Uint8Array }>): string => {
  const hash = createHash('sha256');
  for (const { z, x, y, data } of tiles) hash.update(`${z}/${x}/${y}:`).update(data);
  return hash.digest('hex');
};

describe('zoom tiers', () => {
  it('give every zoom from 0 to the last exactly one scale, 1:10m from zoom 5 at the latest', () => {
    for (let zoom = 0; zoom <= TILES_MAX_ZOOM; zoom += 1) {
      expect(ZOOM_TIERS.filter((tier) => zoom >= tier.minZoom && zoom <= tier.maxZoom)).toHaveLength(1);
    }
    expect(tierOfZoom(0)?.resolution).toBe('110m');
    expect(tierOfZoom(5)?.resolution).toBe('10m');
    expect(tierOfZoom(TILES_MAX_ZOOM + 1)).toBeUndefined();
  });

  it('match the maximum zoom the map style asks tiles for', () => {
    expect(BASEMAP_TILES_MAX_ZOOM).toBe(TILES_MAX_ZOOM);
  });
});

describe('cutTiles', () => {
  it('cuts every tile of the zooms in a fixed order, and the same bytes each time', () => {
    const first = [...cutTiles(coarse, 0, 2)];
    expect(first.map(({ z, x, y }) => `${z}/${x}/${y}`)).toEqual(
      [0, 1, 2].flatMap((z) =>
        Array.from({ length: 4 ** z }, (_, index) => `${z}/${Math.floor(index / 2 ** z)}/${index % 2 ** z}`),
      ),
    );
    expect(digest(cutTiles(coarse, 0, 2))).toBe(digest(first));
    expect(digest(cutTiles(layersOf('110m'), 0, 2))).toBe(digest(first));
  });

  it('writes land and borders as vector-tile layers, and nothing for open sea', () => {
    const indexes = indexLayers(coarse, 4);
    // z4 tile 8/5 holds Germany; 1/9 is the empty North Pacific.
    const europe = decode(encodeTile(indexes, 4, 8, 5));
    expect(Object.keys(europe.layers).sort()).toEqual(['borders', 'land']);
    expect(europe.layers['land']?.extent).toBe(TILE_EXTENT);
    expect(europe.layers['land']?.feature(0).type).toBe(3);
    expect(europe.layers['borders']?.feature(0).type).toBe(2);
    expect(encodeTile(indexes, 4, 1, 9)).toHaveLength(0);
  });

  it('wraps Chukotka, which extends past 180°, into the tiles on the western edge', () => {
    const indexes = indexLayers(coarse, 2);
    // z2 tile 0/0 is 180°W–90°W, 85°N–67°N: its Russian land can only come from across the antimeridian.
    const xs = landXs(decode(encodeTile(indexes, 2, 0, 0)));
    const russianXs = xs.filter((x) => x >= 0 && x < TILE_EXTENT * 0.05);
    expect(russianXs.length).toBeGreaterThan(0);
  });
});

describe('the 1:10m tier', () => {
  it('draws Germany at zoom 6 in more detail than 1:50m would', { timeout: 60_000 }, () => {
    // z6 tile 33/21 covers 5.6°E–11.25°E, 48.9°N–52.5°N: the west of Germany, its borders and the Rhine valley.
    const detailed = decode(encodeTile(indexLayers(layersOf('10m'), 6), 6, 33, 21));
    const medium = decode(encodeTile(indexLayers(layersOf('50m'), 6), 6, 33, 21));
    expect(vertexCount(detailed, 'borders')).toBeGreaterThan(2 * vertexCount(medium, 'borders'));
  });
});
