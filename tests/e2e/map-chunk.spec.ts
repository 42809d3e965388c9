import type { Page, Route } from '@playwright/test';
import { expect, test } from './support/test';
import { panel, recordProblems } from './support/app';
import { waitForMapIdle } from './support/map';

const MAP_CHUNK = /\/assets\/relation-map-[^/]+\.js$/;

/** Holds the map chunk's response until `release` is called. */
async function holdMapChunk(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(MAP_CHUNK, async (route: Route) => {
    await held;
    await route.continue();
  });
  return release;
}

async function box(page: Page, selector: string) {
  return page.locator(selector).first().boundingBox();
}

test.describe('the page before the map', () => {
  test('list, filters and a deep-linked panel are there while the map chunk loads', async ({ page }) => {
    const problems = recordProblems(page);
    const release = await holdMapChunk(page);
    await page.goto('/?city=kyiv');

    const placeholder = page
      .locator('.map-area')
      .getByRole('status')
      .filter({ hasText: 'Karte wird geladen' });
    await expect(placeholder).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Leipzig/);
    await expect(page.getByRole('heading', { level: 2, name: /^Städte \(\d+\)$/ })).toBeVisible();
    await expect(page.locator('#city-list li').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Legende' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Status' })).toBeVisible();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kiew');
    await expect(page.locator('.maplibregl-map')).toHaveCount(0);
    const placeholderBox = await placeholder.boundingBox();
    const listBox = await box(page, '#city-list');

    release();
    await waitForMapIdle(page);
    await expect(placeholder).toHaveCount(0);
    // The map takes the placeholder's place: nothing around it moved.
    expect(await box(page, '.maplibregl-map')).toEqual(placeholderBox);
    expect(await box(page, '#city-list')).toEqual(listBox);
    expect(problems.pageErrors).toEqual([]);
  });

  test('a map chunk that fails to load is reported in place, and can be retried', async ({ page }) => {
    let fail = true;
    await page.route(MAP_CHUNK, (route) => (fail ? route.abort() : route.continue()));
    await page.goto('/');

    const alert = page.locator('.map-area').getByRole('alert');
    await expect(alert).toContainText('Die Karte konnte nicht geladen werden', { timeout: 30_000 });
    // The rest of the page works.
    await page.locator('.city-button[data-place-id="kyiv"]').click();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kiew');

    fail = false;
    await alert.getByRole('button', { name: 'Erneut versuchen' }).click();
    await waitForMapIdle(page);
    await expect(alert).toHaveCount(0);
  });

  test('a dialog whose chunk fails to load says so beside its button', async ({ page }) => {
    await page.route(/\/assets\/share-dialog-[^/]+\.js$/, (route) => route.abort());
    await page.goto('/');
    await page.getByRole('button', { name: 'Teilen' }).click();
    await expect(page.locator('.header-actions').getByRole('alert')).toHaveText(
      /Dieser Teil der Seite konnte nicht geladen werden/,
    );
    await expect(page.getByRole('heading', { level: 2, name: /^Städte \(\d+\)$/ })).toBeVisible();
  });
});
