/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Scripts only from the page's own origin, so nothing injected can run. Data connections
 * may also go to https: because config.json may name a remote basemap or listed datasets;
 * the shipped configuration uses none, which the end-to-end tests verify request by request.
 * Build only: the dev server needs inline scripts for hot reloading.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "font-src 'self' data:",
  "connect-src 'self' https:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  // Relative base so the built app also works when served from a sub-path.
  base: './',
  plugins: [react(), contentSecurityPolicy()],
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
