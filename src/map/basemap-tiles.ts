/** The last zoom the build cuts basemap tiles for (src/cli/basemap/tiers.ts); MapLibre overzooms them beyond it. */
export const BASEMAP_TILES_MAX_ZOOM = 6;

/** Where the build puts the tiles, relative to the page: `{z}/{x}/{y}.pbf` below it. */
export const BASEMAP_TILES_PATH = 'basemap/tiles/';
