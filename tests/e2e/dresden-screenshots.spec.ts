import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { openApp, panel } from './support/app';
import { expectMapNotBlank, waitForMapIdle } from './support/map';

/** Pictures of the Dresden dataset, the picker and the download control, for people to look at. */
const DIR = resolve(process.cwd(), 'test-results/screenshots');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const DRESDEN = 'data=data/dresden.geojson';

async function shoot(page: Page, name: string, fullPage = false, light = true): Promise<void> {
  // The blank-map check knows the light basemap's colours only.
  if (light) await expectMapNotBlank(page);
  await waitForMapIdle(page);
  await page.screenshot({ path: resolve(DIR, `${name}.png`), fullPage, animations: 'disabled' });
}

test.describe('Dresden screenshots', () => {
  test.describe.configure({ timeout: 120_000 });
  test('desktop, Dresden default', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await openApp(page, DRESDEN);
    await shoot(page, 'dresden-desktop-default');
  });

  test('phone, Dresden default (full page)', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await openApp(page, DRESDEN);
    await shoot(page, 'dresden-phone-default-full', true);
  });

  test('desktop, St. Petersburg panel', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await openApp(page, `${DRESDEN}&city=st-petersburg`);
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('St. Petersburg');
    await shoot(page, 'dresden-desktop-st-petersburg-panel');
  });

  test('desktop dark, picker focused and download open', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await openApp(page, `${DRESDEN}&theme=dark&status=active`);
    await page.getByRole('combobox', { name: 'Datensatz' }).focus();
    await shoot(page, 'dresden-desktop-dark-picker', false, false);
    await page.getByRole('button', { name: /Daten herunterladen/ }).click();
    await expect(page.getByRole('group', { name: 'Aktuelle Ansicht herunterladen' })).toBeVisible();
    await shoot(page, 'dresden-desktop-dark-download', false, false);
  });

  test('embedded at 390 wide, toolbar with picker and download', async ({ page }) => {
    await page.setViewportSize(PHONE);
    // The embed shows no city list heading until its section is opened, so wait for the map only.
    await page.goto(`/?${DRESDEN}&embed=1`);
    await waitForMapIdle(page);
    await page.getByRole('button', { name: /Daten herunterladen/ }).click();
    await shoot(page, 'dresden-embed-phone-download');
  });
});
