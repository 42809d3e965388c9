// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildBorders, buildLand } from '../../../src/cli/basemap/build';
import { isCountriesTopology } from '../../../src/cli/basemap/topology';
import { signedArea } from '../../../src/cli/basemap/winding';

const parsed: unknown = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8'),
);
if (!isCountriesTopology(parsed)) throw new Error('world-atlas countries-50m.json changed shape');
const land = buildLand(parsed);
const borders = buildBorders(parsed);

const polygons = land.features.flatMap((feature) => feature.geometry.coordinates);
const allRings = polygons.flat();
const lons = (ring: Position[]): number[] => ring.map(([lon]) => lon ?? Number.NaN);
const lats = (ring: Position[]): number[] => ring.map(([, lat]) => lat ?? Number.NaN);

/** Steps of more than 180° are what MapLibre would draw as a stripe; only the closing edge along a pole may be long. */
function longSteps(line: Position[]): Position[][] {
  return line.slice(1).flatMap((point, index) => {
    const previous = line[index];
    if (previous === undefined) return [];
    const alongPole = Math.abs(point[1] ?? 0) === 90 && Math.abs(previous[1] ?? 0) === 90;
    return !alongPole && Math.abs((point[0] ?? 0) - (previous[0] ?? 0)) > 180 ? [[previous, point]] : [];
  });
}

/** The outer rings that contain a point (even-odd test); enough to find the land around a place. */
function outerRingsAt([lon, lat]: [number, number]): Position[][] {
  return polygons.flatMap(([outer]) => {
    if (outer === undefined) return [];
    const crossings = outer.filter(([x1 = 0, y1 = 0], index) => {
      const [x2 = 0, y2 = 0] = outer[(index + 1) % outer.length] ?? [];
      return y1 > lat !== y2 > lat && lon < ((x2 - x1) * (lat - y1)) / (y2 - y1) + x1;
    });
    return crossings.length % 2 === 1 ? [outer] : [];
  });
}

describe('isCountriesTopology', () => {
  it('rejects values that are not a countries topology with land', () => {
    expect(isCountriesTopology(null)).toBe(false);
    expect(isCountriesTopology({ type: 'Topology', arcs: [], objects: {} })).toBe(false);
    const countriesOnly = { type: 'GeometryCollection', geometries: [] };
    expect(isCountriesTopology({ type: 'Topology', arcs: [], objects: { countries: countriesOnly } })).toBe(
      false,
    );
    expect(isCountriesTopology({ type: 'FeatureCollection', features: [] })).toBe(false);
  });
});

describe('buildLand on world-atlas 50m', () => {
  it('is one feature without properties', () => {
    expect(land.features).toHaveLength(1);
    expect(land.features[0]?.properties).toEqual({});
    expect(polygons.length).toBeGreaterThan(1000);
  });

  it('leaves no ring with a jump across the map', () => {
    expect(allRings.flatMap(longSteps)).toEqual([]);
  });

  it('drops the ring round the South Pole and closes Antarctica along it', () => {
    expect(allRings.filter((ring) => ring.every(([, lat]) => Math.abs(lat ?? 0) > 89.9))).toEqual([]);
    const coast = allRings.find((ring) => ring.some(([, lat]) => lat === -90));
    expect(coast).toBeDefined();
    expect(Math.min(...lons(coast ?? []))).toBe(-180);
    expect(Math.max(...lons(coast ?? []))).toBe(180);
  });

  it('lets Chukotka and Fiji extend just past 180 rather than across the world', () => {
    const chukotka = outerRingsAt([175, 66]);
    expect(chukotka).toHaveLength(1);
    expect(Math.max(...lons(chukotka[0] ?? []))).toBeGreaterThan(180);
    expect(Math.max(...lons(chukotka[0] ?? []))).toBeLessThan(195);
    expect(Math.min(...lons(chukotka[0] ?? []))).toBeGreaterThan(-185);
    const everyLon = allRings.flatMap(lons);
    expect(Math.max(...everyLon)).toBeLessThan(195);
    expect(Math.min(...everyLon)).toBeGreaterThan(-185);
    expect(Math.max(...allRings.filter((ring) => Math.max(...lats(ring)) < 0).flatMap(lons))).toBeLessThan(
      181,
    );
  });

  it('winds outer rings counter-clockwise and closes every ring, with 3 decimals at most', () => {
    for (const [outer] of polygons) {
      expect(signedArea(outer?.map(([lon, lat]) => [lon ?? 0, lat ?? 0]) ?? [])).toBeGreaterThan(0);
    }
    for (const ring of allRings) {
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      expect(ring.length).toBeGreaterThanOrEqual(4);
    }
    expect(JSON.stringify(land)).not.toMatch(/\d\.\d{4}/);
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
