import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { ru } from '../../src/i18n/messages/ru';
import { uk } from '../../src/i18n/messages/uk';
import { expect, test } from './support/test';
import { openApp, panel } from './support/app';
import { waitForMapIdle } from './support/map';

/** Pictures of the narrow and zoomed layouts to look at (`npm run screenshots`), not a test. */

const DIR = resolve(process.cwd(), 'test-results/screenshots');
const NARROW = { width: 320, height: 640 };
/** 400 % zoom of a 1280×1024 window. */
const ZOOM_400 = { width: 320, height: 256 };

async function shoot(page: Page, name: string): Promise<void> {
  await waitForMapIdle(page);
  await page.screenshot({ path: resolve(DIR, `${name}.png`), fullPage: true, animations: 'disabled' });
}

test('320 px, Ukrainian: default and with the Kyiv panel', async ({ page }) => {
  await page.setViewportSize(NARROW);
  await openApp(page, 'lang=uk');
  await shoot(page, 'reflow-320-uk-default');
  await page.screenshot({ path: resolve(DIR, 'reflow-320-uk-default-viewport.png') });
  await page.getByRole('button', { name: uk.download.button }).click();
  await page.screenshot({ path: resolve(DIR, 'reflow-320-uk-download.png') });
  await page.getByRole('button', { name: uk.download.button }).click();
  await openApp(page, 'lang=uk&city=kyiv');
  await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
  await waitForMapIdle(page);
  await page.screenshot({ path: resolve(DIR, 'reflow-320-uk-panel.png') });
  await page.getByRole('button', { name: uk.embed.share, exact: true }).click();
  await page.screenshot({ path: resolve(DIR, 'reflow-320-uk-share.png') });
});

test('400 % zoom, Russian: default, panel, statement, embed', async ({ page }) => {
  await page.setViewportSize(ZOOM_400);
  await openApp(page, 'lang=ru');
  await shoot(page, 'reflow-400-ru-default');
  await page.screenshot({ path: resolve(DIR, 'reflow-400-ru-default-viewport.png') });
  await openApp(page, 'lang=ru&city=kyiv');
  await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
  await waitForMapIdle(page);
  await page.screenshot({ path: resolve(DIR, 'reflow-400-ru-panel.png') });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: ru.accessibility.open, exact: true }).click();
  await page.screenshot({ path: resolve(DIR, 'reflow-400-ru-statement.png') });
  await page.goto('/?lang=ru&embed=1&city=kyiv');
  await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
  await shoot(page, 'reflow-400-ru-embed-panel');
});
