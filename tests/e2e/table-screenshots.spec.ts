import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { openApp } from './support/app';
import { expectMapNotBlank, waitForMapIdle } from './support/map';

/** Pictures of the city table to look at (run with `npm run screenshots`); not a test of its own. */
const DIR = resolve(process.cwd(), 'test-results/screenshots');

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  // The blank-map check knows the light theme's colours only.
  if ((await page.locator('html').getAttribute('data-theme')) !== 'dark') await expectMapNotBlank(page);
  await waitForMapIdle(page);
  await page.screenshot({ path: resolve(DIR, `${name}.png`), fullPage, animations: 'disabled' });
}

test.describe('table screenshots', () => {
  test('desktop 1280×800, German, sorted by start year, then with a panel open', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, 'list=table&sort=start');
    await page
      .locator('#city-list-heading')
      .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await shoot(page, 'table-desktop-de');
    await page.getByRole('button', { name: 'Kiew', exact: true }).click();
    await expect(page.getByRole('complementary', { name: 'Details zu Kiew' })).toBeVisible();
    await shoot(page, 'table-desktop-de-panel');
  });

  test('phone 390×844, Ukrainian', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, 'list=table&lang=uk');
    await page
      .locator('#city-list-heading')
      .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await shoot(page, 'table-phone-uk');
    await shoot(page, 'table-phone-uk-full', true);
  });

  test('dark theme, Russian, sorted by status', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, 'list=table&lang=ru&theme=dark&sort=-status');
    await page
      .getByRole('columnheader', { name: /^Статус/ })
      .getByRole('button')
      .focus();
    // Scrolled sideways, to show the later columns passing under the name column.
    await page.locator('.city-table-scroll').evaluate((region) => region.scrollBy({ left: 400 }));
    await shoot(page, 'table-dark-ru');
  });

  test('embed 360×640', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('/?embed=1&list=table');
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Liste', exact: true }).click();
    await page
      .locator('#city-list-heading')
      .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await shoot(page, 'table-embed');
    await shoot(page, 'table-embed-full', true);
  });
});
