// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildBorders, buildCountries } from '../../../src/cli/basemap/build';
import { isCountriesTopology } from '../../../src/cli/basemap/topology';
import { signedArea } from '../../../src/cli/basemap/winding';

const parsed: unknown = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8'),
);
if (!isCountriesTopology(parsed)) throw new Error('world-atlas countries-50m.json changed shape');
const countries = buildCountries(parsed);
const borders = buildBorders(parsed);

function ringsOf(name: string): Position[][] {
  const country = countries.features.find((feature) => feature.properties.name === name);
  if (country === undefined) throw new Error(`${name} missing`);
  const { geometry } = country;
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

const allRings = countries.features.flatMap((feature) => ringsOf(feature.properties.name));
const lons = (ring: Position[]): number[] => ring.map(([lon]) => lon ?? Number.NaN);

/** Steps of more than 180° are what MapLibre would draw as a stripe; only the closing edge along a pole may be long. */
function longSteps(line: Position[]): Position[][] {
  return line.slice(1).flatMap((point, index) => {
    const previous = line[index];
    if (previous === undefined) return [];
    const alongPole = Math.abs(point[1] ?? 0) === 90 && Math.abs(previous[1] ?? 0) === 90;
    return !alongPole && Math.abs((point[0] ?? 0) - (previous[0] ?? 0)) > 180 ? [[previous, point]] : [];
  });
}

describe('isCountriesTopology', () => {
  it('rejects values that are not a countries topology', () => {
    expect(isCountriesTopology(null)).toBe(false);
    expect(isCountriesTopology({ type: 'Topology', arcs: [], objects: {} })).toBe(false);
    expect(isCountriesTopology({ type: 'FeatureCollection', features: [] })).toBe(false);
  });
});

describe('buildCountries on world-atlas 50m', () => {
  it('keeps every country with only its name and id', () => {
    expect(countries.features).toHaveLength(241);
    for (const feature of countries.features) expect(Object.keys(feature.properties)).toEqual(['name']);
    expect(countries.features.find((feature) => feature.properties.name === 'Germany')?.id).toBe('276');
  });

  it('leaves no ring with a jump across the map', () => {
    expect(allRings.flatMap(longSteps)).toEqual([]);
  });

  it('drops the ring round the South Pole and closes Antarctica along it', () => {
    expect(allRings.filter((ring) => ring.every(([, lat]) => Math.abs(lat ?? 0) > 89.9))).toEqual([]);
    const coast = ringsOf('Antarctica').find((ring) => ring.some(([, lat]) => lat === -90));
    expect(coast).toBeDefined();
    expect(Math.min(...lons(coast ?? []))).toBe(-180);
    expect(Math.max(...lons(coast ?? []))).toBe(180);
  });

  it('lets Chukotka and Fiji extend just past 180 rather than across the world', () => {
    const russia = ringsOf('Russia').flatMap(lons);
    expect(Math.max(...russia)).toBeGreaterThan(180);
    expect(Math.max(...russia)).toBeLessThan(195);
    expect(Math.min(...russia)).toBeGreaterThan(-185);
    const fiji = ringsOf('Fiji').flatMap(lons);
    expect(Math.min(...fiji)).toBeGreaterThan(-181);
    expect(Math.max(...fiji)).toBeLessThan(181);
  });

  it('winds outer rings counter-clockwise and closes every ring, with 3 decimals at most', () => {
    for (const feature of countries.features) {
      const { geometry } = feature;
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      for (const [outer] of polygons) {
        expect(signedArea(outer?.map(([lon, lat]) => [lon ?? 0, lat ?? 0]) ?? [])).toBeGreaterThan(0);
      }
    }
    for (const ring of allRings) {
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      expect(ring.length).toBeGreaterThanOrEqual(4);
    }
    expect(JSON.stringify(countries)).not.toMatch(/\d\.\d{4}/);
  });
});

describe('buildBorders on world-atlas 50m', () => {
  it('is one MultiLineString of borders without jumps or lines along 180', () => {
    expect(borders.features).toHaveLength(1);
    const [border] = borders.features;
    expect(border?.properties).toEqual({ kind: 'border' });
    const lines = border?.geometry.coordinates ?? [];
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.flatMap(longSteps)).toEqual([]);
    const alongAntimeridian = lines.flatMap((line) =>
      line
        .slice(1)
        .filter((point, index) => Math.abs(point[0] ?? 0) === 180 && Math.abs(line[index]?.[0] ?? 0) === 180),
    );
    expect(alongAntimeridian).toEqual([]);
  });
});
