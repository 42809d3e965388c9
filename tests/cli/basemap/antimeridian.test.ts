// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  closeAlongPole,
  dropAntimeridianSegments,
  fixBorderLines,
  fixMultiPolygon,
  fixPolygon,
  fixRing,
  isPolarRing,
  shiftIntoWorld,
  unwrapLongitudes,
  wrapsGlobe,
  type LonLat,
} from '../../../src/cli/basemap/antimeridian';

/** A Fiji-like island straddling 180°, listed from its western (positive) side. */
const fijiRing: LonLat[] = [
  [179, -16],
  [-179, -16],
  [-179, -17],
  [179, -17],
  [179, -16],
];

/** Chukotka-like: Russia's ring leaves at 170°E, goes to 170°W and comes back. */
const chukotkaRing: LonLat[] = [
  [100, 60],
  [170, 65],
  [-170, 65],
  [-170, 70],
  [170, 70],
  [100, 70],
  [100, 60],
];

/** Antarctica's coast as world-atlas has it: once round the globe, closed by a jump from 180 to -180. */
const antarcticCoast: LonLat[] = [
  [-170, -70],
  [-60, -65],
  [60, -68],
  [170, -70],
  [-170, -70],
];

/** The tiny ring round the South Pole that world-atlas uses as Antarctica's outer ring. */
const southPoleRing: LonLat[] = [
  [-180, -89.999],
  [0, -89.999],
  [180, -89.999],
  [-180, -89.999],
];

describe('unwrapLongitudes', () => {
  it('continues eastwards past 180 instead of jumping to -179', () => {
    expect(unwrapLongitudes(fijiRing)).toEqual([
      [179, -16],
      [181, -16],
      [181, -17],
      [179, -17],
      [179, -16],
    ]);
  });

  it('unwraps an excursion across the antimeridian and back (Chukotka)', () => {
    expect(unwrapLongitudes(chukotkaRing)).toEqual([
      [100, 60],
      [170, 65],
      [190, 65],
      [190, 70],
      [170, 70],
      [100, 70],
      [100, 60],
    ]);
  });

  it('continues westwards past -180 when the ring starts on the western hemisphere', () => {
    expect(
      unwrapLongitudes([
        [-170, 65],
        [170, 65],
        [170, 70],
        [-170, 70],
        [-170, 65],
      ]),
    ).toEqual([
      [-170, 65],
      [-190, 65],
      [-190, 70],
      [-170, 70],
      [-170, 65],
    ]);
  });

  it('leaves a ring that does not cross the antimeridian alone, even with steps of exactly 180', () => {
    const ring: LonLat[] = [
      [-90, 0],
      [90, 0],
      [90, 10],
      [-90, 0],
    ];
    expect(unwrapLongitudes(ring)).toEqual(ring);
  });

  it('leaves the ring it was given untouched', () => {
    const copy = structuredClone(fijiRing);
    unwrapLongitudes(fijiRing);
    expect(fijiRing).toEqual(copy);
  });
});

describe('wrapsGlobe', () => {
  it('is true for an unwrapped ring that ends a full turn from its start', () => {
    expect(wrapsGlobe(unwrapLongitudes(antarcticCoast))).toBe(true);
  });

  it('is false for rings that cross the antimeridian and come back', () => {
    expect(wrapsGlobe(unwrapLongitudes(fijiRing))).toBe(false);
    expect(wrapsGlobe(unwrapLongitudes(chukotkaRing))).toBe(false);
  });

  it('is false for an empty ring', () => {
    expect(wrapsGlobe([])).toBe(false);
  });
});

describe('closeAlongPole', () => {
  it('closes a southern ring along the South Pole', () => {
    expect(
      closeAlongPole([
        [-170, -70],
        [10, -65],
        [190, -70],
      ]),
    ).toEqual([
      [-170, -70],
      [10, -65],
      [190, -70],
      [190, -90],
      [-170, -90],
      [-170, -70],
    ]);
  });

  it('closes a northern ring along the North Pole', () => {
    expect(
      closeAlongPole([
        [0, 80],
        [180, 82],
        [360, 80],
      ]),
    ).toEqual([
      [0, 80],
      [180, 82],
      [360, 80],
      [360, 90],
      [0, 90],
      [0, 80],
    ]);
  });
});

describe('isPolarRing', () => {
  it('is true when every point lies beyond 89.9° latitude', () => {
    expect(isPolarRing(southPoleRing)).toBe(true);
    expect(
      isPolarRing([
        [0, 89.95],
        [90, 89.95],
        [0, 89.95],
      ]),
    ).toBe(true);
  });

  it('is false when one point is nearer the equator, and for an empty ring', () => {
    expect(isPolarRing([...southPoleRing.slice(0, 2), [90, -89.5], [-180, -89.999]])).toBe(false);
    expect(isPolarRing([])).toBe(false);
  });
});

describe('shiftIntoWorld', () => {
  it('moves a ring lying wholly beyond 180 back by a full turn', () => {
    expect(
      shiftIntoWorld([
        [180, -16],
        [180.5, -16],
        [180, -16],
      ]),
    ).toEqual([
      [-180, -16],
      [-179.5, -16],
      [-180, -16],
    ]);
  });

  it('moves a ring lying wholly beyond -180 forward by a full turn', () => {
    expect(
      shiftIntoWorld([
        [-181, 71],
        [-180, 72],
        [-181, 71],
      ]),
    ).toEqual([
      [179, 71],
      [180, 72],
      [179, 71],
    ]);
  });

  it('keeps rings that straddle the antimeridian where they are', () => {
    const ring: LonLat[] = [
      [179, -16],
      [181, -16],
      [179, -16],
    ];
    expect(shiftIntoWorld(ring)).toEqual(ring);
  });
});

describe('fixRing', () => {
  it('unwraps Fiji-like and Chukotka-like rings without closing them along a pole', () => {
    expect(fixRing(fijiRing)).toEqual(unwrapLongitudes(fijiRing));
    expect(fixRing(chukotkaRing)).toEqual(unwrapLongitudes(chukotkaRing));
  });

  it("closes Antarctica's coast along the South Pole", () => {
    expect(fixRing(antarcticCoast)).toEqual([
      [-170, -70],
      [-60, -65],
      [60, -68],
      [170, -70],
      [190, -70],
      [190, -90],
      [-170, -90],
      [-170, -70],
    ]);
  });

  it('brings an island that starts on 180 and lies east of it back onto the main world', () => {
    expect(
      fixRing([
        [180, -16],
        [-179.5, -16],
        [-179.5, -17],
        [180, -17],
        [180, -16],
      ]),
    ).toEqual([
      [-180, -16],
      [-179.5, -16],
      [-179.5, -17],
      [-180, -17],
      [-180, -16],
    ]);
  });

  it('drops a ring round the pole', () => {
    expect(fixRing(southPoleRing)).toBeNull();
  });
});

describe('fixPolygon and fixMultiPolygon', () => {
  it("turns world-atlas's Antarctica (pole ring with the coast as hole) into one closed outer ring", () => {
    expect(fixPolygon([southPoleRing, antarcticCoast])).toEqual([fixRing(antarcticCoast)]);
  });

  it('drops a polygon made only of a pole ring, and keeps the other polygons', () => {
    expect(fixPolygon([southPoleRing])).toBeNull();
    expect(fixMultiPolygon([[southPoleRing], [fijiRing]])).toEqual([[unwrapLongitudes(fijiRing)]]);
  });
});

describe('dropAntimeridianSegments', () => {
  it('cuts out a segment that runs along 180 and keeps the pieces either side', () => {
    expect(
      dropAntimeridianSegments([
        [170, 60],
        [180, 60],
        [180, 65],
        [175, 66],
      ]),
    ).toEqual([
      [
        [170, 60],
        [180, 60],
      ],
      [
        [180, 65],
        [175, 66],
      ],
    ]);
  });

  it('drops a line that lies wholly on ±180, including a step from 180 to -180', () => {
    expect(
      dropAntimeridianSegments([
        [180, 60],
        [180, 61],
        [-180, 62],
      ]),
    ).toEqual([]);
  });

  it('treats coordinates a rounding error away from 180 as on it', () => {
    expect(
      dropAntimeridianSegments([
        [180.00000000000003, 60],
        [-179.99999999999997, 61],
      ]),
    ).toEqual([]);
  });

  it('keeps a line that only touches 180 at one point', () => {
    const line: LonLat[] = [
      [170, 60],
      [180, 60],
      [175, 61],
    ];
    expect(dropAntimeridianSegments(line)).toEqual([line]);
  });
});

describe('fixBorderLines', () => {
  it('unwraps a border crossing the antimeridian and drops the parts along it', () => {
    expect(
      fixBorderLines([
        [
          [179, 66],
          [-179, 67],
        ],
        [
          [180, 10],
          [180, 20],
        ],
      ]),
    ).toEqual([
      [
        [179, 66],
        [181, 67],
      ],
    ]);
  });
});
