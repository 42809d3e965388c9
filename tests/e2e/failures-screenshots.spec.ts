import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { cityButtons, openApp, waitForApp } from './support/app';
import { serveDeployedConfig } from './support/deployed-config';
import { waitForMapIdle } from './support/map';
import { expect, test } from './support/test';
import { armPanelFailure, setPanelBroken } from './support/break-panel';

/**
 * Pictures of the failure states of failures.spec.ts, for people to look at (`npm run
 * screenshots`): each at 1280×800 and 390×844, light and dark. Not a test of the states
 * themselves; failures.spec.ts checks those.
 */
const DIR = resolve(process.cwd(), 'test-results/screenshots');
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const THEMES = ['light', 'dark'] as const;
const DATA = '**/data/leipzig.geojson';
const alert = (page: Page) => page.getByRole('alert');

async function shoot(page: Page, name: string, ready: () => Promise<void>): Promise<void> {
  for (const [device, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    await ready();
    await page.screenshot({ path: resolve(DIR, `failure-${name}-${device}.png`), animations: 'disabled' });
  }
}

for (const theme of THEMES) {
  test.describe(`failure states (${theme})`, () => {
    test.use({ colorScheme: theme });

    test('dataset error with retry', async ({ page }) => {
      await page.route(DATA, (route) => route.fulfill({ status: 500, body: 'oops' }));
      await page.goto('/');
      await expect(alert(page)).toContainText('Automatisch noch 2-mal versucht', { timeout: 30_000 });
      await shoot(page, `dataset-error-${theme}`, () =>
        expect(alert(page).getByRole('button', { name: 'Erneut versuchen' })).toBeVisible(),
      );
    });

    test('config fallback notice', async ({ page }) => {
      await page.route('**/config.json', (route) => route.fulfill({ status: 500, body: 'oops' }));
      await page.goto('/');
      await waitForApp(page);
      const notice = page.getByRole('status').filter({ hasText: 'config.json' });
      await notice.getByText('Details').click();
      await shoot(page, `config-notice-${theme}`, () => waitForMapIdle(page));
    });

    test('basemap failure notice', async ({ page }) => {
      await page.route('**/basemap/tiles/**', (route) => route.fulfill({ status: 500, body: 'oops' }));
      await page.route('**/*.woff2', (route) => route.abort('connectionrefused'));
      await page.goto('/');
      await expect(page.getByRole('status').filter({ hasText: 'Teile der Grundkarte' })).toBeVisible({
        timeout: 30_000,
      });
      await shoot(page, `basemap-notice-${theme}`, () => expect(cityButtons(page).first()).toBeAttached());
    });

    test('a contained panel error', async ({ page }) => {
      await armPanelFailure(page);
      await openApp(page);
      await setPanelBroken(page, true);
      await page.locator('#city-list [data-place-id="kyiv"]').click();
      await expect(alert(page)).toContainText('Die Details konnten nicht angezeigt werden.');
      await shoot(page, `contained-panel-${theme}`, () => waitForMapIdle(page));
    });

    test('remote basemap consent notice', async ({ page }) => {
      await serveDeployedConfig(page, {
        defaultLanguage: 'de',
        basemapStyleUrl: 'https://tiles.example.invalid/style.json',
      });
      await openApp(page);
      await expect(page.getByRole('button', { name: 'Externe Grundkarte laden' })).toBeVisible();
      await shoot(page, `consent-notice-${theme}`, () => waitForMapIdle(page));
    });
  });
}
