import type { RelationStatus } from '../data/vocabulary';

/**
 * How each status is drawn: a colour, a symbol and a line pattern, so the status stays
 * readable without colour vision. Colours keep ≥ 3:1 contrast against the basemap.
 * Symbols are SVG paths in a 24×24 box, shared by the legend, the list and the map icons.
 */
export interface StatusStyle {
  color: string;
  /** MapLibre line-dasharray, in line widths; [1] = solid. */
  dash: number[];
  /** SVG path data in a 24×24 box. */
  symbol: string;
  /** Hollow symbols are drawn as outlines. */
  hollow: boolean;
}

const CIRCLE = 'M12 4a8 8 0 1 1 0 16a8 8 0 1 1 0-16z';
const SQUARE = 'M5 5h14v14H5z';
const DIAMOND = 'M12 3l9 9l-9 9l-9-9z';
const TRIANGLE = 'M12 4l9 16H3z';
const CROSS =
  'M6.3 4.2L12 9.9l5.7-5.7l2.1 2.1L14.1 12l5.7 5.7l-2.1 2.1L12 14.1l-5.7 5.7l-2.1-2.1L9.9 12L4.2 6.3z';
export const HOME_SYMBOL = 'M12 2l2.9 6.6l7.1 .7l-5.4 4.8l1.6 7L12 17.4L5.8 21.1l1.6-7L2 9.3l7.1-.7z';

export const STATUS_STYLES: Record<RelationStatus, StatusStyle> = {
  active: { color: '#1b7a3e', dash: [1], symbol: CIRCLE, hollow: false },
  paused: { color: '#b35900', dash: [3, 1.5], symbol: SQUARE, hollow: false },
  dormant: { color: '#6b5d99', dash: [1, 1.5], symbol: DIAMOND, hollow: true },
  ended: { color: '#555555', dash: [0.5, 2], symbol: CROSS, hollow: false },
  proposed: { color: '#0b63b0', dash: [4, 1, 1, 1], symbol: CIRCLE, hollow: true },
  failed: { color: '#b3261e', dash: [1, 3], symbol: TRIANGLE, hollow: true },
};

export const HOME_COLOR = '#1a1a1a';
