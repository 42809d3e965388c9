/**
 * world-atlas is prepared for spherical (d3-geo) rendering. Drawn planar, as MapLibre does, rings that cross the
 * antimeridian jump across the whole map, Antarctica's coast never closes and a tiny ring around the South Pole
 * becomes a band. These pure functions rewrite the geometry so that it is correct on a plane.
 */

export type LonLat = [lon: number, lat: number];

/** A jump larger than half the globe between neighbours can only be a crossing of the antimeridian. */
const MAX_LONGITUDE_STEP = 180;
const FULL_TURN = 360;
const ANTIMERIDIAN = 180;
/** The poles are points on a sphere but lines on a plane; rings this close to them carry no land. */
const POLAR_LATITUDE = 89.9;
/** Coordinates come from quantized integers, so "exactly 180" can be off by a rounding error. */
const EPSILON = 1e-9;

/**
 * Makes consecutive longitudes continuous by adding multiples of 360° after each crossing, so a ring over the
 * antimeridian extends beyond ±180 instead of streaking across the map. MapLibre draws longitudes beyond ±180.
 */
export function unwrapLongitudes(points: readonly LonLat[]): LonLat[] {
  const result: LonLat[] = [];
  let offset = 0;
  let previousLon: number | undefined;
  for (const [lon, lat] of points) {
    if (previousLon !== undefined) {
      const step = lon - previousLon;
      if (step > MAX_LONGITUDE_STEP) offset -= FULL_TURN;
      else if (step < -MAX_LONGITUDE_STEP) offset += FULL_TURN;
    }
    previousLon = lon;
    result.push([lon + offset, lat]);
  }
  return result;
}

export function isPolarRing(ring: readonly LonLat[]): boolean {
  return ring.length > 0 && ring.every(([, lat]) => Math.abs(lat) > POLAR_LATITUDE);
}

/** After unwrapping, a ring that goes round the globe ends a multiple of 360° away from where it started. */
export function wrapsGlobe(ring: readonly LonLat[]): boolean {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first === undefined || last === undefined) return false;
  return Math.abs(last[0] - first[0]) > MAX_LONGITUDE_STEP;
}

/**
 * Closes a globe-wrapping ring (Antarctica's coast) along the pole on its own hemisphere, turning the coastline into
 * the outline of the land between it and the pole.
 */
export function closeAlongPole(ring: readonly LonLat[]): LonLat[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first === undefined || last === undefined) return [];
  const pole = meanLatitude(ring) < 0 ? -90 : 90;
  return [...ring, [last[0], pole], [first[0], pole], [first[0], first[1]]];
}

/**
 * Moves a ring that, once unwrapped, lies wholly beyond ±180 back by a full turn, so small islands stay on the main
 * world copy and only land that really straddles the antimeridian extends past it.
 */
export function shiftIntoWorld(ring: readonly LonLat[]): LonLat[] {
  const lons = ring.map(([lon]) => lon);
  const shift =
    lons.length > 0 && Math.min(...lons) >= ANTIMERIDIAN - EPSILON
      ? -FULL_TURN
      : lons.length > 0 && Math.max(...lons) <= -ANTIMERIDIAN + EPSILON
        ? FULL_TURN
        : 0;
  return ring.map(([lon, lat]) => [lon + shift, lat]);
}

export function fixRing(ring: readonly LonLat[]): LonLat[] | null {
  if (isPolarRing(ring)) return null;
  const unwrapped = unwrapLongitudes(ring);
  return wrapsGlobe(unwrapped) ? closeAlongPole(unwrapped) : shiftIntoWorld(unwrapped);
}

/**
 * Rings keep their order; if the outer ring was the polar one (Antarctica: a pole ring with the coast as its "hole"),
 * the next ring becomes the outer ring, which is what the spherical polygon meant.
 */
export function fixPolygon(rings: readonly (readonly LonLat[])[]): LonLat[][] | null {
  const fixed = rings.map(fixRing).filter((ring): ring is LonLat[] => ring !== null);
  return fixed.length > 0 ? fixed : null;
}

export function fixMultiPolygon(polygons: readonly (readonly (readonly LonLat[])[])[]): LonLat[][][] {
  return polygons.map(fixPolygon).filter((polygon): polygon is LonLat[][] => polygon !== null);
}

function isOnAntimeridian([lon]: LonLat): boolean {
  return Math.abs(Math.abs(lon) - ANTIMERIDIAN) < EPSILON;
}

/**
 * Segments running along ±180 are cuts of the data, not borders; drawn they would be a meridian line. Splits the line
 * where such segments are and keeps the remaining pieces.
 */
export function dropAntimeridianSegments(line: readonly LonLat[]): LonLat[][] {
  const pieces: LonLat[][] = [];
  let current: LonLat[] = [];
  line.forEach((point, index) => {
    const previous = index > 0 ? line[index - 1] : undefined;
    if (previous !== undefined && isOnAntimeridian(previous) && isOnAntimeridian(point)) {
      if (current.length >= 2) pieces.push(current);
      current = [];
    }
    current.push([point[0], point[1]]);
  });
  if (current.length >= 2) pieces.push(current);
  return pieces;
}

export function fixBorderLines(lines: readonly (readonly LonLat[])[]): LonLat[][] {
  return lines.flatMap(dropAntimeridianSegments).map((line) => shiftIntoWorld(unwrapLongitudes(line)));
}

function meanLatitude(points: readonly LonLat[]): number {
  return points.reduce((sum, [, lat]) => sum + lat, 0) / points.length;
}
