import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { generateDataset } from '../../bench/data/generate-dataset';
import { parseTwinCsv, twinCitiesDataset } from '../../bench/data/twin-cities';
import { expect, test } from './support/test';
import { openApp } from './support/app';
import { expectMapNotBlank, sourceFeatureIds, waitForMapIdle, type LngLat } from './support/map';
import { checkMarkers } from './support/markers';

/**
 * Pictures of issue 8's states for people to look at: the default view, Germany in 10m detail,
 * the world at 25,914 relations (the bench's twin-cities dataset), 10,000 generated places, the
 * dark theme and the embed at 800×600. The large datasets are built here and served at the
 * path the bench uses (/bench-data/), so no bench run is needed first.
 */
const DIR = resolve(process.cwd(), 'test-results/screenshots');
const DESKTOP = { width: 1280, height: 800 };
const SLOW = 240_000;

/** `check`: the blank-map check, which knows the light basemap at a zoom with land and sea. */
async function shoot(page: Page, name: string, check = true): Promise<void> {
  if (check) await expectMapNotBlank(page);
  await waitForMapIdle(page, SLOW);
  await page.screenshot({ path: resolve(DIR, `bench-${name}.png`), animations: 'disabled' });
}

async function serveDataset(page: Page, name: string, body: () => unknown): Promise<string> {
  const text = JSON.stringify(body());
  // By path: a glob would also match the page's own URL, whose query names the file.
  await page.route(
    (url) => url.pathname === `/bench-data/${name}.geojson`,
    (route) => route.fulfill({ status: 200, contentType: 'application/geo+json', body: text }),
  );
  return `data=/bench-data/${name}.geojson`;
}

/** Opens a large dataset: the same as openApp, with the patience 25,000 relations need in software WebGL. */
async function openLarge(page: Page, query: string): Promise<void> {
  await page.goto(`/?${query}`);
  await expect(page.getByRole('heading', { level: 2, name: /^(Städte|Cities) \([\d.,]+\)$/ })).toBeVisible({
    timeout: SLOW,
  });
  await waitForMapIdle(page, SLOW);
}

async function jumpTo(page: Page, center: LngLat, zoom: number): Promise<void> {
  await page.evaluate(
    ({ center: [lng, lat], zoom: z }) => {
      const host = document.querySelector<
        Element & { maplibreMap?: { jumpTo(o: { center: [number, number]; zoom: number }): void } }
      >('.maplibregl-map');
      host?.maplibreMap?.jumpTo({ center: [lng, lat], zoom: z });
    },
    { center: [center[0], center[1]] as [number, number], zoom },
  );
  await waitForMapIdle(page, SLOW);
}

test.describe('bench screenshots', () => {
  test.describe.configure({ timeout: 600_000 });

  test('Europe, default', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await openApp(page);
    await shoot(page, 'europe-default');
  });

  test('Germany at zoom 7 (10m coasts and borders)', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await openApp(page);
    await jumpTo(page, [9.9, 53.9], 7);
    expect(await page.evaluate(() => document.querySelector('.maplibregl-map')?.clientWidth)).toBeGreaterThan(
      0,
    );
    // The North Sea and Baltic coasts and the Danish border; mostly land, so no blank-map check.
    await shoot(page, 'germany-zoom-7', false);
  });

  test('dark theme, default', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await openApp(page, 'theme=dark');
    await shoot(page, 'dark-default', false);
  });

  test('embed at 800×600', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 600 });
    // The embed shows no city list to wait for: wait for the places on the map instead.
    await page.goto('/?embed=1');
    await waitForMapIdle(page);
    await expect.poll(async () => (await sourceFeatureIds(page, 'places')).length).toBeGreaterThan(20);
    await waitForMapIdle(page);
    const markers = await checkMarkers(page);
    expect(markers.inView.length, 'places in view').toBeGreaterThan(4);
    expect(markers.covered, 'markers under a label').toEqual([]);
    await shoot(page, 'embed-800x600', false);
  });

  test('10,000 generated places', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    const query = await serveDataset(page, 'generated-10000', () => generateDataset(10_000));
    await openLarge(page, query);
    // 10,000 markers cover much of the sea: no blank-map check.
    await shoot(page, 'generated-10000', false);
    await jumpTo(page, [14, 50], 6);
    await shoot(page, 'generated-10000-zoom-6', false);
  });

  test('world twin cities, 25,914 relations, world zoom', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    const csv = readFileSync(
      resolve(process.cwd(), 'bench/data/world-twin-cities/world-twin-cities.csv'),
      'utf8',
    );
    const query = await serveDataset(page, 'world-twin-cities', () =>
      twinCitiesDataset(parseTwinCsv(csv).pairs),
    );
    await openLarge(page, `${query}&lang=en`);
    await jumpTo(page, [10, 25], 1.2);
    // 17,717 markers cover much of the land and sea: no blank-map check.
    await shoot(page, 'world-twin-cities', false);
  });
});
