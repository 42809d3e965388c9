import type {
  Feature,
  FeatureCollection,
  GeoJsonProperties,
  Geometry,
  MultiLineString,
  MultiPolygon,
  Polygon,
} from 'geojson';
import { feature, mesh } from 'topojson-client';
import { fixBorderLines, fixMultiPolygon, type LonLat } from './antimeridian';
import { BASEMAP_DECIMALS, roundLine, roundRing } from './precision';
import { toLonLat, type CountriesTopology } from './topology';
import { rewindPolygon } from './winding';

export type CountryProperties = { name: string };
type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;
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

function toGeometry(polygons: LonLat[][][]): Polygon | MultiPolygon {
  const [only] = polygons;
  return polygons.length === 1 && only !== undefined
    ? { type: 'Polygon', coordinates: only }
    : { type: 'MultiPolygon', coordinates: polygons };
}

function nameOf(properties: GeoJsonProperties): string {
  const name: unknown = properties?.['name'];
  if (typeof name !== 'string' || name === '') throw new Error('a country without a name in world-atlas');
  return name;
}

/** Country polygons, drawable on a plane, with only the name (and id, where world-atlas has one) kept. */
export function buildCountries(
  topology: CountriesTopology,
): FeatureCollection<Polygon | MultiPolygon, CountryProperties> {
  const features: CountryFeature[] = [];
  for (const country of feature(topology, topology.objects.countries).features) {
    const polygons = planarPolygons(country.geometry);
    if (polygons.length === 0) continue;
    features.push({
      type: 'Feature',
      ...(country.id === undefined ? {} : { id: country.id }),
      properties: { name: nameOf(country.properties) },
      geometry: toGeometry(polygons),
    });
  }
  return { type: 'FeatureCollection', features };
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
