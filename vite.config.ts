/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompressPlugin } from './src/cli/serving/precompress-plugin.ts';
import { previewHeadersPlugin } from './src/cli/serving/preview-headers-plugin.ts';

export default defineConfig({
  // Relative base so the built app also works when served from a sub-path.
  base: './',
  // The Content-Security-Policy and the other security headers are HTTP headers, set by the
  // server from config.json (see docs/deploy.md), not a <meta> tag fixed at build time.
  plugins: [react(), precompressPlugin(), previewHeadersPlugin()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { chunkSizeWarningLimit: 1500 },
  test: {
    restoreMocks: true,
    // Pure logic runs in plain Node; only tests that render or need a DOM (*.test.tsx) pay for jsdom.
    projects: [
      { extends: true, test: { name: 'node', environment: 'node', include: ['tests/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx'],
          setupFiles: ['tests/support/setup.ts'],
          // Rendering the whole app in jsdom takes seconds on a busy 2-core machine; this is no speed limit.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
