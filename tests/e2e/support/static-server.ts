import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { readAppConfig } from '../../../src/cli/serving/read-config';
import { precompressedStatic } from '../../../src/cli/serving/static-middleware';

/**
 * Serves `root` (the built app) under `prefix` on 127.0.0.1:`port`: a second origin for the
 * host page, or a sub-path deployment like /karten/staedte/. It answers as the preview server
 * does (pre-compressed files, cache and security headers), so those hold there too.
 */
export async function serveStatic(root: string, port: number, prefix = '/'): Promise<Server> {
  const serve = precompressedStatic(root, readAppConfig(join(root, 'config.json')));
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    request.url = `/${url.slice(prefix.length)}`;
    serve(request, response, () => response.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}
