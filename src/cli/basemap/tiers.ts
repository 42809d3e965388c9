/** The Natural Earth scales world-atlas ships. */
export type Resolution = '110m' | '50m' | '10m';

export interface ZoomTier {
  resolution: Resolution;
  minZoom: number;
  maxZoom: number;
}

/**
 * Which scale each tile zoom is cut from: 1:110m while the whole world fits a few tiles, 1:50m for continents
 * (the default Europe view is z3) and 1:10m from z5, where the 50m coasts and borders look crude. Beyond the last
 * zoom MapLibre overzooms the z6 tiles: at z6 one tile unit is already ~1/8 px, finer than the 10m data itself.
 */
export const ZOOM_TIERS: readonly ZoomTier[] = [
  { resolution: '110m', minZoom: 0, maxZoom: 2 },
  { resolution: '50m', minZoom: 3, maxZoom: 4 },
  { resolution: '10m', minZoom: 5, maxZoom: 6 },
];

export const TILES_MAX_ZOOM = Math.max(...ZOOM_TIERS.map((tier) => tier.maxZoom));

export function tierOfZoom(zoom: number): ZoomTier | undefined {
  return ZOOM_TIERS.find((tier) => zoom >= tier.minZoom && zoom <= tier.maxZoom);
}
