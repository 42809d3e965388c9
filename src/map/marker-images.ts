import { HOME_COLOR, HOME_SYMBOL, STATUS_STYLES } from '../components/status-style';
import type { RelationStatus } from '../data/vocabulary';

export const MARKER_PREFIX = 'marker-';
const SIZE = 24;

/** The role a marker image stands for, from its image id ("marker-active" → "active"). */
export function markerRole(imageId: string): RelationStatus | 'home' | undefined {
  if (!imageId.startsWith(MARKER_PREFIX)) return undefined;
  const role = imageId.slice(MARKER_PREFIX.length);
  return role === 'home' || role in STATUS_STYLES ? (role as RelationStatus | 'home') : undefined;
}

/**
 * Draws a status symbol (the same SVG path as the legend) into pixels for map.addImage.
 * Drawn at twice the size for sharp icons on high-density screens.
 */
export function drawMarker(role: RelationStatus | 'home', pixelRatio = 2): ImageData {
  const style =
    role === 'home' ? { color: HOME_COLOR, symbol: HOME_SYMBOL, hollow: false } : STATUS_STYLES[role];
  const size = SIZE * pixelRatio;
  const canvas = new OffscreenCanvas(size, size);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('2D canvas unavailable');
  context.scale(pixelRatio, pixelRatio);
  const path = new Path2D(style.symbol);
  context.lineJoin = 'round';
  // A white outline keeps every symbol visible on land, water and lines alike.
  context.strokeStyle = '#ffffff';
  context.lineWidth = 5;
  context.stroke(path);
  context.fillStyle = style.hollow ? '#ffffff' : style.color;
  context.fill(path);
  context.strokeStyle = style.color;
  context.lineWidth = style.hollow ? 3 : 1;
  context.stroke(path);
  return context.getImageData(0, 0, size, size);
}
