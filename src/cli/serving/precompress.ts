import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ENCODING_SUFFIX, ENCODINGS } from './accept-encoding.ts';
import { compressWithCache } from './compress-cache.ts';
import { worthKeeping } from './compress.ts';
import { isCompressible } from './content-types.ts';

/** What was written for one file, for the build log and the tests. */
export interface PrecompressedFile {
  path: string;
  bytes: number;
  gzip?: number;
  br?: number;
}

/** Every file under a folder, as sorted paths relative to it with forward slashes. */
export function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory()
        ? listFiles(root, path)
        : [relative(root, path).split(sep).join('/')];
    });
}

/**
 * Writes `.gz` and `.br` siblings of every compressible file under `root` (dist/) where they
 * pay off. Variants that do not pay off are not written, and the server then sends the file
 * as it is.
 */
export function precompressDir(root: string, cacheDir: string): PrecompressedFile[] {
  const suffixes = Object.values(ENCODING_SUFFIX);
  const files = listFiles(root).filter(
    (path) => isCompressible(path) && !suffixes.some((suffix) => path.endsWith(suffix)),
  );
  return files.map((path) => {
    const content = readFileSync(join(root, path));
    const variants = compressWithCache(content, cacheDir);
    const result: PrecompressedFile = { path, bytes: content.length };
    for (const encoding of ENCODINGS) {
      const compressed = variants[encoding];
      if (!worthKeeping(content, compressed)) continue;
      writeFileSync(join(root, path + ENCODING_SUFFIX[encoding]), compressed);
      result[encoding] = compressed.length;
    }
    return result;
  });
}
