import type { AppConfig } from '../../config/app-config';
import type { Encoding } from './accept-encoding.ts';
import { cacheControlFor } from './cache-control.ts';
import { contentTypeFor, isCompressible } from './content-types.ts';
import { securityHeaders } from './security-headers.ts';

/** What the server knows about the file it is about to send. */
export interface ServedFile {
  /** Path relative to the app's root, forward slashes, no leading slash: `assets/index-3f2a.js`. */
  relativePath: string;
  /** The pre-compressed variant sent, if any. */
  encoding: Encoding | undefined;
  /** Size in bytes of what is sent. */
  size: number;
  /** Modification time of what is sent, in ms. */
  mtimeMs: number;
}

/** A weak validator for revalidation; the variant is part of it, so caches never mix them up. */
function etagFor(file: ServedFile): string {
  return `W/"${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}${file.encoding ? `-${file.encoding}` : ''}"`;
}

/** All headers of a file response: type and encoding of the original, caching, security. */
export function responseHeaders(file: ServedFile, config: AppConfig): Record<string, string> {
  return {
    'Content-Type': contentTypeFor(file.relativePath),
    ...(file.encoding ? { 'Content-Encoding': file.encoding } : {}),
    // Also on the uncompressed answer: a shared cache must not hand it to a brotli client.
    ...(isCompressible(file.relativePath) ? { Vary: 'Accept-Encoding' } : {}),
    'Content-Length': String(file.size),
    'Cache-Control': cacheControlFor(file.relativePath),
    ETag: etagFor(file),
    'Last-Modified': new Date(file.mtimeMs).toUTCString(),
    ...securityHeaders(config, file.relativePath),
  };
}
