import { posix } from 'node:path';

/**
 * The file a request path asks for, relative to the app's root: `/` and folders mean their
 * index.html. `undefined` for anything that is not a plain path inside the root (traversal,
 * NUL bytes, bad percent-encoding), which the server then leaves to its fallback.
 */
export function requestedFile(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '');
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return undefined;
  // Refused outright rather than clamped to the root: no real link contains `..`.
  if (decoded.split('/').includes('..')) return undefined;
  const normalized = posix.normalize(decoded);
  const relative = normalized.slice(1);
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}
