/** The status symbols are drawn on a square of this many CSS pixels (marker-images.ts). */
export const MARKER_SIZE_PX = 24;

/** How large the home city and the other places are drawn, as a factor of the symbol square. */
export const HOME_ICON_SCALE = 1.1;
export const PLACE_ICON_SCALE = 0.75;

/**
 * How far a label starts from its place's point, in ems of its text size. It must clear the whole icon plus the
 * label's collision padding (MapLibre's default text-padding, 2 px), or the label would collide with its own
 * marker and never show: 0.75 × 24 / 2 + 2 = 11 px of the 13 px text, 1.1 × 24 / 2 + 2 = 15.2 px of the 15 px one.
 */
export const LABEL_OFFSET_EM = 1;
export const HOME_LABEL_OFFSET_EM = 1.15;
