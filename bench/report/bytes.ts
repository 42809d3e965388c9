/** What the first view moves over the wire, by kind. Bytes as encoded on the wire (after compression). */
export interface ByteSplit {
  js: number;
  css: number;
  data: number;
  basemap: number;
  fonts: number;
  other: number;
  total: number;
}

export type ByteKind = Exclude<keyof ByteSplit, 'total'>;

/** Sorts a response into a kind by its URL path (and type, for the rest). */
export function byteKind(url: string, mimeType = ''): ByteKind {
  const path = new URL(url).pathname;
  if (/\.(woff2?|ttf|otf)$/.test(path) || mimeType.startsWith('font/')) return 'fonts';
  if (/\/basemap\/|countries-\d+m\.json$|\.(pbf|mvt|pmtiles)$/.test(path)) return 'basemap';
  if (/\.m?js$/.test(path) || mimeType.includes('javascript')) return 'js';
  if (/\.css$/.test(path) || mimeType === 'text/css') return 'css';
  if (/\/(data|bench-data)\/|\/config\.json$|\.geojson$/.test(path)) return 'data';
  return 'other';
}

export function splitBytes(
  responses: readonly { url: string; mimeType?: string; bytes: number }[],
): ByteSplit {
  const split: ByteSplit = { js: 0, css: 0, data: 0, basemap: 0, fonts: 0, other: 0, total: 0 };
  for (const response of responses) {
    if (!response.url.startsWith('http')) continue;
    split[byteKind(response.url, response.mimeType)] += response.bytes;
    split.total += response.bytes;
  }
  return split;
}
