import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIResponse } from '@playwright/test';
import { expect, test } from './support/test';
import { openApp, panel } from './support/app';

/**
 * What `vite preview` (npm start, these tests) sends, checked against the built files:
 * the security headers, the pre-compressed variants and the cache policy.
 */
const DIST = resolve(process.cwd(), 'dist');
const SHOTS = resolve(process.cwd(), 'test-results/screenshots');

function builtAsset(pattern: RegExp): string {
  const name = readdirSync(resolve(DIST, 'assets')).find((file) => pattern.test(file));
  if (!name) throw new Error(`no ${String(pattern)} in dist/assets (run npm run build)`);
  return `assets/${name}`;
}

/** A file of the app, the encoding and cache policy it must come with, its type. */
const FILES = [
  { path: 'index.html', type: 'text/html', cache: 'no-cache', asked: '' },
  { path: builtAsset(/^index-.*\.js$/), type: 'text/javascript', cache: 'immutable' },
  { path: builtAsset(/^maplibre-gl-worker-.*\.mjs$/), type: 'text/javascript', cache: 'immutable' },
  { path: builtAsset(/^index-.*\.css$/), type: 'text/css', cache: 'immutable' },
  { path: 'config.json', type: 'application/json', cache: 'no-cache' },
  { path: 'data/leipzig.geojson', type: 'application/geo+json', cache: 'no-cache' },
  { path: 'basemap/tiles/3/4/2.pbf', type: 'application/x-protobuf', cache: 'no-cache' },
].map((file) => ({ ...file, asked: file.asked ?? file.path }));

function expectSecurityHeaders(response: APIResponse): void {
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self';");
  expect(csp).toContain("style-src 'self';");
  expect(csp).toContain("connect-src 'self';");
  expect(csp).toContain('frame-ancestors *');
  expect(csp).not.toMatch(/unsafe-(inline|eval)|https:/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toMatch(/(^|, )camera=\(\)/);
  expect(headers['permissions-policy']).toMatch(/(^|, )geolocation=\(\)/);
}

test.describe('response headers', () => {
  for (const [accepted, expected] of [
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['identity', undefined],
  ] as const) {
    test(`Accept-Encoding "${accepted}" gets ${expected ?? 'the file as it is'}`, async ({ request }) => {
      for (const file of FILES) {
        const response = await request.get(`/${file.asked}`, { headers: { 'Accept-Encoding': accepted } });
        const headers = response.headers();
        const label = `${file.path} (${accepted})`;
        expect(response.status(), label).toBe(200);
        expect(headers['content-encoding'], label).toBe(expected);
        expect(headers['content-type'], label).toContain(file.type);
        expect(headers.vary, label).toContain('Accept-Encoding');
        expect(headers['cache-control'], label).toContain(file.cache);
        // Playwright decodes the body: it must be the built file, byte for byte.
        expect((await response.body()).equals(readFileSync(resolve(DIST, file.path))), label).toBe(true);
        expectSecurityHeaders(response);
      }
    });
  }

  test('a revalidated file answers 304 to its ETag; fonts are sent as they are', async ({ request }) => {
    const first = await request.get('/config.json', { headers: { 'Accept-Encoding': 'br' } });
    const etag = first.headers().etag ?? '';
    expect(etag).not.toBe('');
    const again = await request.get('/config.json', {
      headers: { 'Accept-Encoding': 'br', 'If-None-Match': etag },
    });
    expect(again.status()).toBe(304);
    const font = await request.get(`/${builtAsset(/\.woff2$/)}`, { headers: { 'Accept-Encoding': 'br' } });
    expect(font.headers()['content-encoding']).toBeUndefined();
    expect(font.headers()['content-type']).toBe('font/woff2');
    expect(font.headers()['cache-control']).toContain('immutable');
  });

  test('unknown paths get the security headers too', async ({ request }) => {
    expectSecurityHeaders(await request.get('/no/such/file.txt'));
  });
});

test.describe('the page under its policy', () => {
  test('opening a city and the share dialog breaks no rule (desktop, dark)', async ({ page }) => {
    // Two page loads and two screenshots on a shared machine.
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, 'theme=dark');
    await page.screenshot({ path: resolve(SHOTS, 'headers-desktop-dark-default.png') });
    await openApp(page, 'theme=dark&city=kyiv');
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kiew');
    await page.getByRole('button', { name: 'Teilen' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.screenshot({ path: resolve(SHOTS, 'headers-desktop-dark-kyiv-share.png') });
    // The automatic fixture asserts that no violation was reported.
  });
});
