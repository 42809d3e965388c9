import type { Position } from '../data/schema';
import { NO_INSETS, type Insets } from './covered-insets';

/** Room kept around a framed relation, inside the part of the map nothing covers; more on the right,
 * where the labels are. */
const FRAME_MARGIN: Insets = { top: 60, right: 110, bottom: 60, left: 60 };
/** The least of the map that framing leaves visible on each axis, however much is covered. */
const MIN_VISIBLE = 80;

/** The part of the map the camera helpers need, so tests can pass a fake. */
export interface CameraTarget {
  fitBounds(
    bounds: [[number, number], [number, number]],
    options: { padding: Insets; maxZoom: number; duration: number },
  ): unknown;
  getContainer(): HTMLElement;
}

/** Scales two paddings down so that at least MIN_VISIBLE pixels of `size` stay between them. */
function fitAxis(size: number, start: number, end: number): [number, number] {
  const room = Math.max(0, size - MIN_VISIBLE);
  const total = start + end;
  if (total <= room) return [Math.round(start), Math.round(end)];
  const scale = total === 0 ? 0 : room / total;
  return [Math.floor(start * scale), Math.floor(end * scale)];
}

/** The margin around a frame plus what covers the map, never so much that nothing is left to show. */
export function framePadding(size: { width: number; height: number }, covered: Insets): Insets {
  const [left, right] = fitAxis(
    size.width,
    FRAME_MARGIN.left + covered.left,
    FRAME_MARGIN.right + covered.right,
  );
  const [top, bottom] = fitAxis(
    size.height,
    FRAME_MARGIN.top + covered.top,
    FRAME_MARGIN.bottom + covered.bottom,
  );
  return { top, right, bottom, left };
}

/**
 * Frames both ends of a relation in the part of the map the panel leaves visible. Longitudes are
 * unwrapped towards the home city, so Houston or Nanjing are framed across the short way.
 */
export function frameRelation(
  map: CameraTarget,
  home: Position,
  place: Position,
  options: { reducedMotion: boolean; covered?: Insets },
): void {
  let lon = place[0];
  while (lon - home[0] > 180) lon -= 360;
  while (lon - home[0] < -180) lon += 360;
  const west = Math.min(home[0], lon);
  const east = Math.max(home[0], lon);
  const south = Math.min(home[1], place[1]);
  const north = Math.max(home[1], place[1]);
  const container = map.getContainer();
  map.fitBounds(
    [
      [west, south],
      [east, north],
    ],
    {
      padding: framePadding(
        { width: container.clientWidth, height: container.clientHeight },
        options.covered ?? NO_INSETS,
      ),
      maxZoom: 5,
      duration: options.reducedMotion ? 0 : 900,
    },
  );
}

/** The part of the map `panIntoView` needs. */
export interface PanTarget {
  project(position: [number, number]): { x: number; y: number };
  getContainer(): HTMLElement;
  easeTo(options: { center: [number, number]; offset: [number, number]; duration: number }): unknown;
}

/**
 * Brings a place into the uncovered part of the map if it is outside it, without changing the zoom:
 * centred there (the offset moves the centre away from what covers the map).
 */
export function panIntoView(
  map: PanTarget,
  position: [number, number],
  options: { reducedMotion: boolean; covered?: Insets },
): void {
  const covered = options.covered ?? NO_INSETS;
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  const point = map.project(position);
  const inside =
    point.x >= covered.left &&
    point.x <= width - covered.right &&
    point.y >= covered.top &&
    point.y <= height - covered.bottom;
  if (inside) return;
  map.easeTo({
    center: position,
    offset: [(covered.left - covered.right) / 2, (covered.top - covered.bottom) / 2],
    duration: options.reducedMotion ? 0 : 600,
  });
}
