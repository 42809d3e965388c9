/** Vite writes content-hashed file names under assets/: a changed file gets a new name. */
export const HASHED_ASSETS_DIR = 'assets/';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Cached, but asked again (ETag/Last-Modified) before each use: an edited dataset shows at once. */
export const REVALIDATE = 'no-cache';

/**
 * Cache policy of a file, by its path relative to the app's root (no leading slash): hashed
 * assets forever, everything else (index.html, config.json, data, basemap, embed scripts)
 * revalidated, because city teams edit those in place.
 */
export function cacheControlFor(relativePath: string): string {
  return relativePath.startsWith(HASHED_ASSETS_DIR) ? IMMUTABLE : REVALIDATE;
}
