import type { Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LonLat } from './antimeridian';

export type CountriesTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks the parts of a world-atlas countries file (its "countries" and "land" objects) that the build relies on, so a changed or corrupt file fails
 * with a message instead of producing an empty basemap. Arcs are left to topojson-client.
 */
export function isCountriesTopology(value: unknown): value is CountriesTopology {
  if (!isRecord(value) || value['type'] !== 'Topology' || !Array.isArray(value['arcs'])) return false;
  const objects = value['objects'];
  if (!isRecord(objects)) return false;
  return isGeometryCollection(objects['countries']) && isGeometryCollection(objects['land']);
}

function isGeometryCollection(value: unknown): boolean {
  return isRecord(value) && value['type'] === 'GeometryCollection' && Array.isArray(value['geometries']);
}

export function toLonLat(position: Position): LonLat {
  const [lon, lat] = position;
  if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    throw new Error(`invalid position ${JSON.stringify(position)}`);
  }
  return [lon, lat];
}
