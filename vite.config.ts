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
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/support/setup.ts'],
    restoreMocks: true,
  },
});
