import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readAppConfig } from './read-config.ts';
import { precompressedStatic } from './static-middleware.ts';

/**
 * Makes `vite preview` (what `npm start` and the e2e tests use) serve like production: the
 * pre-compressed files, cache headers and the security headers built from dist/config.json
 * (read at start: restart the preview after editing it, as a real server is reconfigured).
 */
export function previewHeadersPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'preview-headers',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      const config = readAppConfig(join(outDir, 'config.json'));
      // Added before Vite's own middlewares (compression, static files, SPA fallback).
      server.middlewares.use(precompressedStatic(outDir, config));
    },
  };
}
