// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../../src/cli/basemap/antimeridian';
import { rewindPolygon, signedArea } from '../../../src/cli/basemap/winding';

const counterClockwise: LonLat[] = [
  [0, 0],
  [2, 0],
  [2, 2],
  [0, 2],
  [0, 0],
];
const clockwise: LonLat[] = [...counterClockwise].reverse();

describe('signedArea', () => {
  it('is positive counter-clockwise and negative clockwise', () => {
    expect(signedArea(counterClockwise)).toBe(4);
    expect(signedArea(clockwise)).toBe(-4);
  });
});

describe('rewindPolygon', () => {
  it('makes the outer ring counter-clockwise and holes clockwise', () => {
    expect(rewindPolygon([clockwise, counterClockwise])).toEqual([counterClockwise, clockwise]);
  });

  it('leaves correctly wound rings as they are', () => {
    expect(rewindPolygon([counterClockwise, clockwise])).toEqual([counterClockwise, clockwise]);
  });
});
