import { resolve } from 'node:path';
import { expect, test } from './support/test';
import { openApp, panel } from './support/app';
import { expectMapNotBlank } from './support/map';

/** Pictures of the page without JavaScript and before the map arrives (see screenshots.spec.ts). */
const DIR = resolve(process.cwd(), 'test-results/screenshots');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

test.describe('shell screenshots', () => {
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    for (const [name, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      test(`${name}, no JavaScript`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.goto('/');
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.screenshot({ path: resolve(DIR, `${name}-no-js.png`), fullPage: false });
        await page.screenshot({ path: resolve(DIR, `${name}-no-js-full.png`), fullPage: true });
      });
    }
  });

  test('desktop, map chunk delayed, Kyiv panel', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/relation-map-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/?city=kyiv');
    await expect(page.getByText('Karte wird geladen')).toBeVisible({ timeout: 30_000 });
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kiew');
    await page.screenshot({ path: resolve(DIR, 'desktop-map-delayed.png') });
    release();
  });

  test('desktop, after load', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await openApp(page, 'city=kyiv');
    await expectMapNotBlank(page);
    await page.screenshot({ path: resolve(DIR, 'desktop-after-load.png') });
  });
});
