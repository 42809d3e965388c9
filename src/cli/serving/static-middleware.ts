import { createReadStream, statSync, type Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { AppConfig } from '../../config/app-config';
import { chooseEncoding, ENCODING_SUFFIX, ENCODINGS, type Encoding } from './accept-encoding.ts';
import { cacheControlFor } from './cache-control.ts';
import { isCompressible } from './content-types.ts';
import { requestedFile } from './resolve-path.ts';
import { responseHeaders } from './response-headers.ts';
import { securityHeaders } from './security-headers.ts';

type Next = (error?: unknown) => void;

function fileStats(path: string): Stats | undefined {
  try {
    const stats = statSync(path);
    return stats.isFile() ? stats : undefined;
  } catch {
    return undefined;
  }
}

function setHeaders(response: ServerResponse, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
}

/** Keeps a Vary set earlier in the chain (Vite's CORS middleware sends `Vary: Origin`). */
function withVary(response: ServerResponse, headers: Record<string, string>): Record<string, string> {
  const earlier = response.getHeader('Vary');
  if (typeof earlier !== 'string' || headers.Vary === undefined) return headers;
  return { ...headers, Vary: `${earlier}, ${headers.Vary}` };
}

/** The variants that exist next to a file. */
function variantsOf(path: string, relativePath: string): Set<Encoding> {
  if (!isCompressible(relativePath)) return new Set();
  return new Set(ENCODINGS.filter((encoding) => fileStats(path + ENCODING_SUFFIX[encoding])));
}

/**
 * Serves the built app's files with their pre-compressed variants, cache and security headers
 * (a Connect middleware for Vite's preview server). What it does not answer itself — range
 * requests, unknown paths — goes on to Vite's own static server and fallback, with the
 * security headers already set, so no response goes out without them.
 */
export function precompressedStatic(root: string, config: AppConfig) {
  return function serve(request: IncomingMessage, response: ServerResponse, next: Next): void {
    const relativePath = requestedFile(request.url ?? '/');
    setHeaders(response, securityHeaders(config, relativePath));
    const path = relativePath === undefined ? undefined : join(root, relativePath);
    const original = path === undefined ? undefined : fileStats(path);
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    if (!isRead || relativePath === undefined || path === undefined || !original) {
      next();
      return;
    }
    if (request.headers.range !== undefined) {
      response.setHeader('Cache-Control', cacheControlFor(relativePath));
      next();
      return;
    }
    const encoding = chooseEncoding(request.headers['accept-encoding'], variantsOf(path, relativePath));
    const sentPath = encoding ? path + ENCODING_SUFFIX[encoding] : path;
    const sent = encoding ? (fileStats(sentPath) ?? original) : original;
    const headers = responseHeaders(
      { relativePath, encoding, size: sent.size, mtimeMs: sent.mtimeMs },
      config,
    );
    if (request.headers['if-none-match'] === headers.ETag) {
      const notModified = Object.fromEntries(
        Object.entries(headers).filter(([name]) => name !== 'Content-Length'),
      );
      response.writeHead(304, withVary(response, notModified)).end();
      return;
    }
    response.writeHead(200, withVary(response, headers));
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(sentPath).on('error', next).pipe(response);
  };
}
