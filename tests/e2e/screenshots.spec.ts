import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { cityButtons, openApp, panel } from './support/app';
import { expectMapNotBlank, waitForMapIdle } from './support/map';

/**
 * Pictures of the main states for people to look at (test-results/ is not tracked, and
 * Playwright empties it at the start of every run). The only assertion is a non-blank map.
 */
const DIR = resolve(process.cwd(), 'test-results/screenshots');

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  await expectMapNotBlank(page);
  // Let focus rings and layout settle after the last idle frame.
  await waitForMapIdle(page);
  await page.screenshot({ path: resolve(DIR, `${name}.png`), fullPage, animations: 'disabled' });
}

test.describe('screenshots', () => {
  test('desktop, default', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await openApp(page);
    await shoot(page, 'desktop-default');
  });

  test('desktop, Kyiv panel', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await openApp(page, 'city=kyiv');
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kiew');
    await shoot(page, 'desktop-kyiv-panel');
  });

  test('desktop, filtered to paused', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await openApp(page, 'status=paused');
    await expect(cityButtons(page)).toHaveCount(1);
    await shoot(page, 'desktop-filtered-paused');
  });

  test('phone, default (full page)', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await openApp(page);
    await shoot(page, 'phone-default-full', true);
  });

  test('phone, Saratov panel', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await openApp(page, 'city=saratov');
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Saratow');
    await shoot(page, 'phone-saratov-panel');
  });

  test('desktop, English', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await openApp(page, 'lang=en');
    await expect(page.getByRole('heading', { name: /^Cities \(\d+\)$/ })).toBeVisible();
    await shoot(page, 'desktop-english');
  });

  test('desktop, English, Leipzig overview', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await openApp(page, 'city=leipzig&lang=en');
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Leipzig');
    await shoot(page, 'desktop-english-leipzig-overview');
  });
});
