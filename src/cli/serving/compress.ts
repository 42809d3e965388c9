import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Encoding } from './accept-encoding.ts';

/**
 * Both variants of a file, at the highest levels (built once, served many times). Node's zlib
 * writes no timestamp or name into the gzip header, so the output depends on the bytes only.
 */
export function compressBoth(content: Buffer): Record<Encoding, Buffer> {
  return {
    gzip: gzipSync(content, { level: 9 }),
    br: brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
  };
}

/** gzip's magic number: a file already gzipped (some tile pipelines write them so) gains nothing. */
function isGzipped(content: Buffer): boolean {
  return content.length >= 2 && content[0] === 0x1f && content[1] === 0x8b;
}

/** Whether a variant is worth storing and sending: it must save at least 5 %. */
export function worthKeeping(original: Buffer, compressed: Buffer): boolean {
  return !isGzipped(original) && compressed.length <= original.length * 0.95;
}
