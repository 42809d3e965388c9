import type { Bounds, Position } from '../data/schema';

/** Web Mercator's y of a latitude, in radians (the world spans 2π), clamped where MapLibre clamps. */
function mercatorY(lat: number): number {
  const clamped = Math.max(-85.051129, Math.min(85.051129, lat));
  return Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360));
}

/**
 * The zoom at which `bounds` just fills a map of `width`×`height` pixels (512-pixel tiles, as
 * MapLibre's fitBounds without padding); Infinity for a single point. A larger map only zooms in.
 */
export function zoomToFit(bounds: Bounds, width: number, height: number): number {
  const [west, south, east, north] = bounds;
  const across = (east - west) / 360;
  const down = (mercatorY(north) - mercatorY(south)) / (2 * Math.PI);
  return Math.min(Math.log2(width / 512 / across), Math.log2(height / 512 / down));
}

/** The part of the map the camera helpers need, so tests can pass a fake. */
export interface CameraTarget {
  fitBounds(
    bounds: [[number, number], [number, number]],
    options: { padding: number; maxZoom: number; duration: number },
  ): unknown;
}

/**
 * Frames both ends of a relation. Longitudes are unwrapped towards the home city, so Houston
 * or Nanjing are framed across the short way.
 */
export function frameRelation(
  map: CameraTarget,
  home: Position,
  place: Position,
  options: { reducedMotion: boolean },
): void {
  let lon = place[0];
  while (lon - home[0] > 180) lon -= 360;
  while (lon - home[0] < -180) lon += 360;
  const west = Math.min(home[0], lon);
  const east = Math.max(home[0], lon);
  const south = Math.min(home[1], place[1]);
  const north = Math.max(home[1], place[1]);
  map.fitBounds(
    [
      [west, south],
      [east, north],
    ],
    {
      padding: 60,
      maxZoom: 5,
      duration: options.reducedMotion ? 0 : 900,
    },
  );
}

/** The part of the map `panIntoView` needs. */
export interface PanTarget {
  getBounds(): { contains(position: [number, number]): boolean };
  easeTo(options: { center: [number, number]; duration: number }): unknown;
}

/** Brings a place into view if it is outside, without changing the zoom. */
export function panIntoView(
  map: PanTarget,
  position: [number, number],
  options: { reducedMotion: boolean },
): void {
  if (map.getBounds().contains(position)) return;
  map.easeTo({ center: position, duration: options.reducedMotion ? 0 : 600 });
}
