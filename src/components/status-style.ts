import type { RelationStatus } from '../data/vocabulary';

export type ResolvedTheme = 'light' | 'dark';

/**
 * How each status is drawn: a colour, a symbol and a line pattern, so the status stays
 * readable without colour vision. Symbols are SVG paths in a 24×24 box, shared by the
 * legend, the list and the map icons.
 */
export interface StatusStyle {
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
/** A question mark: nothing is known of the relation's present state. */
const QUESTION =
  'M7.5 8.6a4.5 4.5 0 1 1 7 3.8c-1.3.9-1.6 1.4-1.6 2.6v.6h-3v-.8c0-2 .8-3 2.3-4a1.5 1.5 0 1 0-1.7-2.2zM9.9 17.2h3v3h-3z';
export const HOME_SYMBOL = 'M12 2l2.9 6.6l7.1 .7l-5.4 4.8l1.6 7L12 17.4L5.8 21.1l1.6-7L2 9.3l7.1-.7z';

export const STATUS_STYLES: Record<RelationStatus, StatusStyle> = {
  active: { dash: [1], symbol: CIRCLE, hollow: false },
  paused: { dash: [3, 1.5], symbol: SQUARE, hollow: false },
  dormant: { dash: [1, 1.5], symbol: DIAMOND, hollow: true },
  ended: { dash: [0.5, 2], symbol: CROSS, hollow: false },
  proposed: { dash: [4, 1, 1, 1], symbol: CIRCLE, hollow: true },
  failed: { dash: [1, 3], symbol: TRIANGLE, hollow: true },
  unknown: { dash: [2, 2, 0.5, 2], symbol: QUESTION, hollow: false },
};

/** Colours per theme, each with at least 3:1 contrast against that theme's land and water. */
export const STATUS_COLORS: Record<ResolvedTheme, Record<RelationStatus | 'home', string>> = {
  light: {
    home: '#1a1a1a',
    active: '#1b7a3e',
    paused: '#b35900',
    dormant: '#6b5d99',
    ended: '#555555',
    proposed: '#0b63b0',
    failed: '#b3261e',
    unknown: '#9c2a7a',
  },
  dark: {
    home: '#f2f2f2',
    active: '#5cc98a',
    paused: '#f0a050',
    dormant: '#b9adeb',
    ended: '#b8b8b8',
    proposed: '#72b8f2',
    failed: '#ff8a80',
    unknown: '#f29ad6',
  },
};

/** The fill behind hollow symbols and the outline around every symbol. */
export const SYMBOL_BACKGROUND: Record<ResolvedTheme, string> = { light: '#ffffff', dark: '#1e2124' };
