import type { Server } from 'node:http';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { APP_ORIGIN, foreignRequests, recordRequests } from './support/app';
import { HOST_PORT, SUBPATH_PORT } from './support/ports';
import { serveDeployedConfig } from './support/deployed-config';
import { serveStatic } from './support/static-server';
import { waitForMapIdle } from './support/map';

const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;
const DIST = resolve(process.cwd(), 'dist');

let servers: Server[] = [];

test.beforeAll(async () => {
  servers = [await serveStatic(DIST, HOST_PORT), await serveStatic(DIST, SUBPATH_PORT, '/karten/staedte/')];
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
});

/** Serves the app's config.json with the given parent origins allowed. */
async function allowParents(page: Page, origins: string[]): Promise<void> {
  await page.context().route(`${APP_ORIGIN}/config.json`, (route) =>
    route.fulfill({
      contentType: 'application/json',
      // German as in the shipped config.json; without a default the browser's language (en-US) decides.
      body: JSON.stringify({ defaultLanguage: 'de', allowedParentOrigins: origins }),
    }),
  );
}

/** The example host page on another origin, embedding the app. */
async function openHost(page: Page): Promise<void> {
  await page.goto(`${HOST_ORIGIN}/embed-example.html?app=${encodeURIComponent(`${APP_ORIGIN}/?embed=1`)}`);
}

const log = (page: Page) => page.locator('#log');
const frame = (page: Page) => page.frameLocator('#map');
const frameHeight = (page: Page) =>
  page.locator('#map').evaluate((element) => element.getBoundingClientRect().height);

test.describe('embedded in a page on another origin', () => {
  test('announces itself, sizes its frame and follows content changes', async ({ page }) => {
    await allowParents(page, [HOST_ORIGIN]);
    await openHost(page);
    await expect(log(page)).toContainText('"type":"ready"', { timeout: 30_000 });
    await expect(log(page)).toContainText('"type":"resize"');
    await expect(frame(page).getByRole('button', { name: 'Liste' })).toBeVisible();
    const before = await frameHeight(page);
    await frame(page).getByRole('button', { name: 'Liste' }).click();
    await expect.poll(() => frameHeight(page), { timeout: 15_000 }).toBeGreaterThan(before + 200);
    await frame(page).getByRole('button', { name: 'Liste' }).click();
    await expect.poll(() => frameHeight(page), { timeout: 15_000 }).toBeLessThan(before + 50);
  });

  test('obeys a select command from an allowed origin and reports the selection', async ({ page }) => {
    await allowParents(page, [HOST_ORIGIN]);
    await openHost(page);
    await expect(log(page)).toContainText('"type":"ready"', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Select Kyiv' }).click();
    await expect(frame(page).getByRole('heading', { level: 2, name: 'Kiew' })).toBeVisible();
    await expect(log(page)).toContainText('"type":"select","city":"kyiv"');
    await page.getByRole('button', { name: 'Show the state on 1 May 2014' }).click();
    // The Kyiv panel, still open, marks the chosen date in the history.
    await expect(frame(page).getByText('Gewähltes Datum: 1. Mai 2014')).toBeVisible();
    await expect(log(page)).toContainText('"at":"2014-05-01"');
  });

  test('ignores the same command from an origin that is not allowed', async ({ page }) => {
    await allowParents(page, ['https://www.leipzig.de']);
    const debug: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'debug') debug.push(message.text());
    });
    await openHost(page);
    await expect(log(page)).toContainText('"type":"ready"', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Select Kyiv' }).click();
    await expect
      .poll(() => debug.join('\n'))
      .toContain(`ignored 1 message(s) from origins not allowed: ${HOST_ORIGIN}`);
    await expect(frame(page).getByRole('complementary')).toHaveCount(0);
  });
});

test.describe('embed layout', () => {
  test('the panel is a bottom sheet at 360×640 and a side panel at 1024×700', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('/?embed=1&city=kyiv');
    const sheet = page.getByRole('complementary', { name: 'Details zu Kiew' });
    await expect(sheet).toBeVisible({ timeout: 30_000 });
    await waitForMapIdle(page);
    const box = await sheet.boundingBox();
    expect(box?.width).toBe(360);
    expect(Math.round((box?.y ?? 0) + (box?.height ?? 0))).toBe(640);
    await expect(page.locator('.app-header')).toHaveCount(0);
    await page.getByRole('button', { name: 'Schließen' }).click();
    await expect(sheet).toHaveCount(0);

    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto('/?embed=1&city=kyiv');
    const side = page.getByRole('complementary', { name: 'Details zu Kiew' });
    await expect(side).toBeVisible({ timeout: 30_000 });
    const sideBox = await side.boundingBox();
    expect(sideBox?.height).toBe(700);
    expect(sideBox?.width).toBeLessThan(500);
  });

  test('wheel scrolling passes to the host page unless gestures are free', async ({ page }) => {
    for (const [query, zooms] of [
      ['embed=1', false],
      ['embed=1&gestures=free', true],
    ] as const) {
      await page.goto(`/?${query}`);
      await waitForMapIdle(page);
      const zoom = () =>
        page.evaluate(
          () =>
            document
              .querySelector<Element & { maplibreMap?: { getZoom(): number } }>('.maplibregl-map')
              ?.maplibreMap?.getZoom() ?? NaN,
        );
      const before = await zoom();
      const canvas = page.locator('.maplibregl-canvas');
      const box = await canvas.boundingBox();
      await page.mouse.move((box?.x ?? 0) + 200, (box?.y ?? 0) + 150);
      await page.mouse.wheel(0, -400);
      if (zooms) {
        await expect.poll(zoom).toBeGreaterThan(before);
      } else {
        // The hint shows once MapLibre has handled the wheel event and left it to the page.
        await expect(page.locator('.maplibregl-cooperative-gesture-screen.maplibregl-show')).toBeAttached();
        expect(await zoom()).toBeCloseTo(before, 5);
      }
    }
  });
});

test.describe('runtime configuration and safety', () => {
  test('refuses a ?data= link to a foreign host without any request to it', async ({ page }) => {
    const requests = recordRequests(page);
    await page.goto('/?data=https://example.invalid/x.geojson');
    await expect(page.getByRole('alert')).toContainText('https://example.invalid/x.geojson');
    expect(requests.filter((url) => new URL(url).hostname === 'example.invalid')).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
  });

  test('an invalid config.json: the defaults, and a notice naming the field', async ({ page }) => {
    await page.route('**/config.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ defaultTheme: 'neon', extra: 1 }),
      }),
    );
    await page.goto('/');
    // The defaults include the language: without config.json's, the browser's (en-US) decides.
    const notice = page.getByRole('status').filter({ hasText: 'config.json' });
    await expect(notice).toContainText('The map runs on its default settings.');
    await expect(notice).toContainText('defaultTheme');
    await expect(notice).toContainText('extra');
    await expect(page.locator('#city-list .city-button').first()).toBeVisible();
  });

  test('follows the dark theme, from the URL and from the browser setting', async ({ page }) => {
    await page.goto('/?theme=dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('works when deployed under a sub-path', async ({ page }) => {
    const requests = recordRequests(page);
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`http://127.0.0.1:${SUBPATH_PORT}/karten/staedte/?city=kyiv`);
    await expect(page.getByRole('heading', { level: 2, name: 'Kiew' })).toBeVisible({ timeout: 30_000 });
    await waitForMapIdle(page);
    expect(failed).toEqual([]);
    expect(
      requests.every(
        (url) =>
          url.startsWith(`http://127.0.0.1:${SUBPATH_PORT}/karten/staedte/`) ||
          url.startsWith('data:') ||
          url.startsWith('blob:'),
      ),
    ).toBe(true);
  });
});

const REMOTE_ORIGIN = 'https://tiles.example.invalid';
const REMOTE_CONFIG = { defaultLanguage: 'de', basemapStyleUrl: `${REMOTE_ORIGIN}/style.json` };

test.describe('a remote basemap in config.json', () => {
  test('is not contacted while the reader has not agreed', async ({ page }) => {
    // No allowedForeignOrigins here: the per-test check fails on any request to the remote origin.
    const requests = recordRequests(page);
    await serveDeployedConfig(page, REMOTE_CONFIG);
    await page.goto('/');
    await waitForMapIdle(page);
    await expect(page.getByRole('button', { name: 'Externe Grundkarte laden' })).toBeVisible();
    await page.locator('#city-list [data-place-id="kyiv"]').click();
    await expect(page.getByRole('heading', { level: 2, name: 'Kiew' })).toBeVisible();
    await waitForMapIdle(page);
    expect(requests.filter((url) => url.startsWith(REMOTE_ORIGIN))).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
  });

  test.describe('after the reader agreed', () => {
    test.use({ allowedForeignOrigins: [REMOTE_ORIGIN] });

    test('falls back to the bundled basemap when the remote style fails, and says so', async ({ page }) => {
      const remote: string[] = [];
      await serveDeployedConfig(page, REMOTE_CONFIG);
      await page.route(`${REMOTE_ORIGIN}/**`, (route) => {
        remote.push(route.request().url());
        return route.abort('connectionrefused');
      });
      await page.goto('/');
      await waitForMapIdle(page);
      expect(remote).toEqual([]);
      await page.getByRole('button', { name: 'Externe Grundkarte laden' }).click();
      await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText(
        'Externe Grundkarte nicht erreichbar',
      );
      await expect(
        page.getByRole('status').filter({ hasText: 'Die externe Grundkarte ist nicht erreichbar' }),
      ).toBeVisible();
      expect(remote).toEqual([`${REMOTE_ORIGIN}/style.json`]);
      await waitForMapIdle(page);
      const bundled = await page.evaluate(
        () =>
          document
            .querySelector<Element & { maplibreMap?: { getSource(id: string): unknown } }>('.maplibregl-map')
            ?.maplibreMap?.getSource('basemap') !== undefined,
      );
      expect(bundled).toBe(true);
    });
  });
});
