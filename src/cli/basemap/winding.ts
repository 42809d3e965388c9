import type { LonLat } from './antimeridian';

/** Shoelace formula; positive means counter-clockwise with x = longitude, y = latitude. */
export function signedArea(ring: readonly LonLat[]): number {
  let twiceArea = 0;
  ring.forEach(([x1, y1], index) => {
    const next = ring[(index + 1) % ring.length];
    if (next !== undefined) twiceArea += x1 * next[1] - next[0] * y1;
  });
  return twiceArea / 2;
}

/**
 * RFC 7946 winding: outer ring counter-clockwise, holes clockwise. Closing Antarctica along the pole and promoting
 * its former hole to the outer ring leave the winding arbitrary; consumers that tell holes by winding need it right.
 */
export function rewindPolygon(rings: readonly (readonly LonLat[])[]): LonLat[][] {
  return rings.map((ring, index) => {
    const wantCounterClockwise = index === 0;
    const isCounterClockwise = signedArea(ring) > 0;
    return isCounterClockwise === wantCounterClockwise ? [...ring] : [...ring].reverse();
  });
}
