import type { FeatureCollection } from 'geojson';
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';

/** MapLibre's default extent; with 512 px tiles one unit is 1/8 px, so overzooming 3 levels stays sharp. */
export const TILE_EXTENT = 4096;
/** Simplification tolerance in tile units (geojson-vt's default is 3); 1 keeps the coasts right when overzoomed. */
const TOLERANCE = 1;
/** Geometry a little past the tile edge, so lines and fills join without seams. */
const BUFFER = 64;

/** Source-layer name → the features of that layer, in lon/lat. */
export type TileLayers = Readonly<Record<string, FeatureCollection>>;

export interface TileIndexes {
  layers: readonly (readonly [name: string, index: GeoJSONVT])[];
}

export interface EncodedTile {
  z: number;
  x: number;
  y: number;
  /** Mapbox Vector Tile 2.1 protobuf; empty (0 bytes) where no layer has a feature, i.e. open sea. */
  data: Uint8Array;
}

/**
 * One geojson-vt index per layer. geojson-vt copies what lies past ±180 into the tiles on the other side, so land
 * that the antimeridian fix lets extend beyond it (Chukotka, Fiji) wraps instead of streaking.
 */
export function indexLayers(layers: TileLayers, maxZoom: number): TileIndexes {
  return {
    layers: Object.entries(layers).map(([name, data]) => [
      name,
      new GeoJSONVT(data, { maxZoom, tolerance: TOLERANCE, extent: TILE_EXTENT, buffer: BUFFER }),
    ]),
  };
}

export function encodeTile(indexes: TileIndexes, z: number, x: number, y: number): Uint8Array {
  const present: Record<string, GeoJSONVTTile> = {};
  for (const [name, index] of indexes.layers) {
    const tile = index.getTile(z, x, y);
    if (tile !== null && tile.features.length > 0) present[name] = tile;
  }
  return Object.keys(present).length > 0
    ? fromGeojsonVt(present, { version: 2, extent: TILE_EXTENT })
    : new Uint8Array(0);
}

/**
 * Every tile of zooms minZoom…maxZoom in a fixed order, empty ones too: a static host has no "no tile here"
 * answer but 404, which browsers log as an error and single-page fallbacks answer with an HTML page.
 */
export function* cutTiles(layers: TileLayers, minZoom: number, maxZoom: number): Generator<EncodedTile> {
  const indexes = indexLayers(layers, maxZoom);
  for (let z = minZoom; z <= maxZoom; z += 1) {
    const size = 2 ** z;
    for (let x = 0; x < size; x += 1) {
      for (let y = 0; y < size; y += 1) yield { z, x, y, data: encodeTile(indexes, z, x, y) };
    }
  }
}
