import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Prints raw and gzip sizes of what the built page loads (run `npm run build` first). */
export function bundleSize(dist = 'dist'): void {
  const files = walk(dist).filter((file) => /\.(js|mjs|css|html|geojson|woff2)$/.test(file));
  let raw = 0;
  let gzip = 0;
  const rows = files.map((file) => {
    const content = readFileSync(file);
    const zipped = gzipSync(content, { level: 9 }).length;
    raw += content.length;
    gzip += zipped;
    return { file: file.slice(dist.length + 1), kB: kb(content.length), gzipKB: kb(zipped) };
  });
  console.table(rows.sort((a, b) => b.gzipKB - a.gzipKB));
  console.log(`bundle total: ${kb(raw)} kB raw, ${kb(gzip)} kB gzip (${files.length} files)`);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function kb(bytes: number): number {
  return Math.round(bytes / 102.4) / 10;
}
