import { extname } from 'node:path';

/**
 * Content types by file extension, for everything the built app serves. Decided by extension
 * only, so new kinds of files (vector tiles, say) need one line here and nothing else.
 */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.pbf': 'application/x-protobuf',
  '.mvt': 'application/vnd.mapbox-vector-tile',
  '.pmtiles': 'application/vnd.pmtiles',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

/**
 * Formats that gain from gzip/brotli. Fonts and images are compressed already; a PMTiles archive
 * is read with range requests, which a compressed whole file would break (its tiles are
 * compressed inside).
 */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.geojson',
  '.webmanifest',
  '.svg',
  '.txt',
  '.xml',
  '.pbf',
  '.mvt',
]);

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export function isCompressible(path: string): boolean {
  return COMPRESSIBLE.has(extname(path).toLowerCase());
}

/** The extensions of the compressible formats, for server configurations (without the dot). */
export function compressibleExtensions(): string[] {
  return [...COMPRESSIBLE].map((extension) => extension.slice(1));
}

/** Extensions whose type nginx's stock mime.types lacks or gets wrong (js as application/javascript is fine). */
export const EXTRA_NGINX_TYPES: Readonly<Record<string, string>> = {
  'application/geo+json': 'geojson',
  'text/javascript': 'mjs',
  'application/x-protobuf': 'pbf',
  'application/vnd.mapbox-vector-tile': 'mvt',
  'application/vnd.pmtiles': 'pmtiles',
};
