import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pbf': 'application/x-protobuf',
  '.mvt': 'application/vnd.mapbox-vector-tile',
  '.pmtiles': 'application/octet-stream',
};

/** What `vite preview` (npm start) compresses on the fly: the same rule, so the bench sees what readers get. */
const COMPRESSIBLE = /text|javascript|\/json|xml/i;

/** URL prefix → folder. The longest matching prefix wins. */
export type Mounts = Record<string, string>;

/** The file for a URL path under the mounts, or undefined. */
function resolveFile(mounts: Mounts, urlPath: string): string | undefined {
  const prefix = Object.keys(mounts)
    .filter((candidate) => urlPath.startsWith(candidate))
    .sort((a, b) => b.length - a.length)[0];
  if (prefix === undefined) return undefined;
  const root = mounts[prefix] ?? '';
  const relative = normalize(urlPath.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, relative);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : undefined;
}

/**
 * Serves the built app and the bench's own pages on 127.0.0.1: pre-compressed `.br`/`.gz`
 * siblings when the build made them (as the production server will), else gzip on the fly for
 * the types `vite preview` compresses, else the plain file.
 */
export async function startServer(mounts: Mounts, port: number): Promise<Server> {
  const gzipped = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = resolveFile(mounts, path);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const accept = request.headers['accept-encoding'] ?? '';
    const headers = { 'content-type': type, 'cache-control': 'no-store', vary: 'accept-encoding' };
    for (const [encoding, suffix] of [
      ['br', '.br'],
      ['gzip', '.gz'],
    ] as const) {
      if (accept.includes(encoding) && existsSync(file + suffix)) {
        // With its length: a chunked body that the page read in full was at times reported as
        // aborted (net::ERR_ABORTED, no sizes), and its bytes went missing from the first view.
        response.writeHead(200, {
          ...headers,
          'content-encoding': encoding,
          'content-length': statSync(file + suffix).size,
        });
        createReadStream(file + suffix).pipe(response);
        return;
      }
    }
    if (accept.includes('gzip') && COMPRESSIBLE.test(type) && statSync(file).size >= 1024) {
      // Compressed whole (and kept), so it too goes out with its length: see the note above.
      let body = gzipped.get(file);
      if (!body) {
        body = gzipSync(readFileSync(file));
        gzipped.set(file, body);
      }
      response.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length });
      response.end(body);
      return;
    }
    response.writeHead(200, { ...headers, 'content-length': statSync(file).size });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}
