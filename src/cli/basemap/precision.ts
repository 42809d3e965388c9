import type { LonLat } from './antimeridian';

/** 3 decimals is ~100 m, finer than the 50m data's own quantization (~0.0036° × 0.0017°), and keeps the files small. */
export const BASEMAP_DECIMALS = 3;

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  // `+ 0` turns -0 into 0 so "-0" never appears in the JSON.
  return Math.round(value * factor) / factor + 0;
}

/** Rounding can make neighbours identical; repeated points only cost bytes. */
export function roundLine(points: readonly LonLat[], decimals: number): LonLat[] {
  const result: LonLat[] = [];
  for (const [lon, lat] of points) {
    const rounded: LonLat = [roundTo(lon, decimals), roundTo(lat, decimals)];
    const previous = result[result.length - 1];
    if (previous === undefined || previous[0] !== rounded[0] || previous[1] !== rounded[1])
      result.push(rounded);
  }
  return result;
}

/** A closed ring needs 4 positions (RFC 7946); islands smaller than the rounding grid collapse below that. */
export function roundRing(ring: readonly LonLat[], decimals: number): LonLat[] | null {
  const rounded = roundLine(ring, decimals);
  return rounded.length >= 4 ? rounded : null;
}
