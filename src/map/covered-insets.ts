import { COVERS_MAP_ATTRIBUTE } from '../components/covers-map';

/** How far other parts of the page reach over the map from each side, in CSS pixels. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

type Box = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom'>;

/**
 * The insets that covering boxes take from the map's box. A box as wide as the map covers it from
 * the top or the bottom (a sheet); any other from the side it touches (a side panel). Boxes that
 * do not overlap the map, or float inside it touching no side, take nothing.
 */
export function coveredInsets(map: Box, covers: readonly Box[]): Insets {
  const insets = { ...NO_INSETS };
  const slack = 1;
  for (const cover of covers) {
    const left = Math.max(cover.left, map.left);
    const right = Math.min(cover.right, map.right);
    const top = Math.max(cover.top, map.top);
    const bottom = Math.min(cover.bottom, map.bottom);
    if (right <= left || bottom <= top) continue;
    const fullWidth = left <= map.left + slack && right >= map.right - slack;
    if (fullWidth && bottom >= map.bottom - slack && top > map.top + slack)
      insets.bottom = Math.max(insets.bottom, map.bottom - top);
    else if (fullWidth && top <= map.top + slack && bottom < map.bottom - slack)
      insets.top = Math.max(insets.top, bottom - map.top);
    else if (!fullWidth && right >= map.right - slack)
      insets.right = Math.max(insets.right, map.right - left);
    else if (!fullWidth && left <= map.left + slack) insets.left = Math.max(insets.left, right - map.left);
  }
  return insets;
}

/** The insets of the page's elements marked COVERS_MAP_ATTRIBUTE over this map container, now. */
export function readCoveredInsets(container: HTMLElement): Insets {
  const covers = [...document.querySelectorAll(`[${COVERS_MAP_ATTRIBUTE}]`)].map((element) =>
    element.getBoundingClientRect(),
  );
  return coveredInsets(container.getBoundingClientRect(), covers);
}
