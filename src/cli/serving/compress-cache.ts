import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENCODINGS, type Encoding } from './accept-encoding.ts';
import { compressBoth } from './compress.ts';

/**
 * Brotli at its best level takes seconds per megabyte, and most files (libraries, basemap,
 * data) do not change between builds. Variants are kept under the hash of their input, so a
 * rebuild compresses only what changed, with the same bytes as without the cache.
 */
export function compressWithCache(content: Buffer, cacheDir: string): Record<Encoding, Buffer> {
  const key = createHash('sha256').update(content).digest('hex');
  const path = (encoding: Encoding) => join(cacheDir, `${key}.${encoding}`);
  try {
    return { br: readFileSync(path('br')), gzip: readFileSync(path('gzip')) };
  } catch {
    const variants = compressBoth(content);
    mkdirSync(cacheDir, { recursive: true });
    for (const encoding of ENCODINGS) {
      // Write-then-rename: a build running at the same time never reads half a file.
      const temporary = `${path(encoding)}.tmp-${process.pid}`;
      writeFileSync(temporary, variants[encoding]);
      renameSync(temporary, path(encoding));
    }
    return variants;
  }
}
