import { describe, expect, it } from 'vitest';
import { distanceKm, greatCircle } from '../../src/map/great-circle';

const LEIPZIG: [number, number] = [12.3713, 51.3396];

describe('greatCircle', () => {
  it('starts and ends at the two places', () => {
    const line = greatCircle(LEIPZIG, [30.5238, 50.4547], 16);
    expect(line).toHaveLength(17);
    expect(line[0]).toEqual(LEIPZIG);
    expect(line[16]![0]).toBeCloseTo(30.5238, 4);
    expect(line[16]![1]).toBeCloseTo(50.4547, 4);
  });

  it('bows towards the pole between two northern cities', () => {
    const line = greatCircle(LEIPZIG, [-95.3633, 29.7633], 32);
    expect(Math.max(...line.map(([, lat]) => lat))).toBeGreaterThan(55);
  });

  it('unwraps longitudes across the antimeridian instead of jumping', () => {
    const line = greatCircle([170, 60], [-170, 60], 10);
    for (let i = 1; i < line.length; i++) expect(Math.abs(line[i]![0] - line[i - 1]![0])).toBeLessThan(180);
    expect(line[10]![0]).toBeCloseTo(190, 4);
  });

  it('measures Leipzig–Kyiv as about 1,274 km (the research sanity check)', () => {
    expect(Math.round(distanceKm(LEIPZIG, [30.5238, 50.4547]))).toBe(1274);
  });
});
