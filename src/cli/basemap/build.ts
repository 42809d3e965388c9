import type { FeatureCollection, Geometry, MultiLineString, MultiPolygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { fixBorderLines, fixMultiPolygon, type LonLat } from './antimeridian';
import { BASEMAP_DECIMALS, roundLine, roundRing } from './precision';
import { toLonLat, type CountriesTopology } from './topology';
import { rewindPolygon } from './winding';

export type LandProperties = Record<string, never>;
export type BorderProperties = { kind: 'border' };

function polygonsOf(geometry: Geometry): LonLat[][][] {
  switch (geometry.type) {
    case 'Polygon':
      return [geometry.coordinates.map((ring) => ring.map(toLonLat))];
    case 'MultiPolygon':
      return geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(toLonLat)));
    default:
      throw new Error(`unexpected ${geometry.type} among the countries`);
  }
}

/** Rounding can erase a tiny outer ring; its holes then have nothing to be holes of. */
function roundPolygon(rings: readonly LonLat[][]): LonLat[][] | null {
  const [outer, ...holes] = rings;
  const roundedOuter = outer === undefined ? null : roundRing(outer, BASEMAP_DECIMALS);
  if (roundedOuter === null) return null;
  const roundedHoles = holes
    .map((hole) => roundRing(hole, BASEMAP_DECIMALS))
    .filter((hole): hole is LonLat[] => hole !== null);
  return rewindPolygon([roundedOuter, ...roundedHoles]);
}

function planarPolygons(geometry: Geometry): LonLat[][][] {
  return fixMultiPolygon(polygonsOf(geometry))
    .map(roundPolygon)
    .filter((polygon): polygon is LonLat[][] => polygon !== null);
}

/**
 * The land (world-atlas merges the countries into it, so it shares their edges), drawable on a plane. One fill
 * without country outlines: adjacent countries would only add shared edges to every tile.
 */
export function buildLand(topology: CountriesTopology): FeatureCollection<MultiPolygon, LandProperties> {
  const polygons = feature(topology, topology.objects.land).features.flatMap((land) =>
    planarPolygons(land.geometry),
  );
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polygons } },
    ],
  };
}

/** Borders between two different countries only; coasts belong to the fill. */
export function buildBorders(
  topology: CountriesTopology,
): FeatureCollection<MultiLineString, BorderProperties> {
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  const lines = fixBorderLines(borders.coordinates.map((line) => line.map(toLonLat)))
    .map((line) => roundLine(line, BASEMAP_DECIMALS))
    .filter((line) => line.length >= 2);
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { kind: 'border' },
        geometry: { type: 'MultiLineString', coordinates: lines },
      },
    ],
  };
}
