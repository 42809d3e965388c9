import {
  HOME_SYMBOL,
  STATUS_COLORS,
  STATUS_STYLES,
  SYMBOL_BACKGROUND,
  type ResolvedTheme,
} from '../components/status-style';
import type { RelationStatus } from '../data/vocabulary';
import { MARKER_SIZE_PX } from './marker-size';

const SIZE = MARKER_SIZE_PX;
type Role = RelationStatus | 'home';

/** The icon image id for a role in a theme: "marker-dark-active". */
export function markerId(theme: ResolvedTheme, role: Role): string {
  return `marker-${theme}-${role}`;
}

/** The theme and role an icon id stands for, or undefined for any other id. */
export function parseMarkerId(imageId: string): { theme: ResolvedTheme; role: Role } | undefined {
  const match = /^marker-(light|dark)-([a-z]+)$/.exec(imageId);
  const theme = match?.[1];
  const role = match?.[2];
  if ((theme !== 'light' && theme !== 'dark') || role === undefined) return undefined;
  if (role === 'home') return { theme, role };
  const status = Object.keys(STATUS_STYLES).find((key): key is RelationStatus => key === role);
  return status ? { theme, role: status } : undefined;
}

/**
 * Draws a status symbol (the same SVG path as the legend) into pixels for map.addImage.
 * Drawn at twice the size for sharp icons on high-density screens.
 */
export function drawMarker(theme: ResolvedTheme, role: Role, pixelRatio = 2): ImageData {
  const shape = role === 'home' ? { symbol: HOME_SYMBOL, hollow: false } : STATUS_STYLES[role];
  const color = STATUS_COLORS[theme][role];
  const background = SYMBOL_BACKGROUND[theme];
  const size = SIZE * pixelRatio;
  const canvas = new OffscreenCanvas(size, size);
  // Read back at once: kept on the GPU, each icon took 20–200 ms to read back in software WebGL.
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('2D canvas unavailable');
  context.scale(pixelRatio, pixelRatio);
  const path = new Path2D(shape.symbol);
  context.lineJoin = 'round';
  // An outline in the background colour keeps every symbol visible on land, water and lines alike.
  context.strokeStyle = background;
  context.lineWidth = 5;
  context.stroke(path);
  context.fillStyle = shape.hollow ? background : color;
  context.fill(path);
  context.strokeStyle = color;
  context.lineWidth = shape.hollow ? 3 : 1;
  context.stroke(path);
  return context.getImageData(0, 0, size, size);
}
