import type { Page, Route } from '@playwright/test';
import { cityButtons, openApp, panel, recordProblems, waitForApp } from './support/app';
import { serveDeployedConfig } from './support/deployed-config';
import { waitForMapIdle } from './support/map';
import { expect, test } from './support/test';
import { armPanelFailure, setPanelBroken } from './support/break-panel';

/**
 * Failing networks and failing parts, simulated with request interception: every case ends in
 * a clear message, and whatever is already shown stays usable. Pictures of these states:
 * failures-screenshots.spec.ts (`npm run screenshots`).
 */
const DATA = '**/data/leipzig.geojson';
const CONFIG = '**/config.json';

/** Resolves once the route has been hit, leaving the request unanswered forever. */
function hang(page: Page, pattern: string): Promise<void> {
  return new Promise<void>((hit) => {
    void page.route(pattern, () => hit());
  });
}

const alert = (page: Page) => page.getByRole('alert');

test.describe('dataset failing', () => {
  test('a file that never finishes loading ends in a timeout error, and retry recovers', async ({ page }) => {
    await page.clock.install();
    const waiting = hang(page, DATA);
    // Any view but the default one, which index.html carries prerendered (see the next test).
    await page.goto('/?lang=de');
    await waiting;
    await expect(page.getByRole('status').filter({ hasText: 'Daten werden geladen' })).toBeVisible();
    // The app gives up after 15 s; the page's clock is moved there instead of waiting.
    await page.clock.fastForward(16_000);
    await expect(alert(page)).toContainText('Der Server hat nicht rechtzeitig geantwortet');
    await expect(alert(page)).toContainText('data/leipzig.geojson');
    await page.unroute(DATA);
    await alert(page).getByRole('button', { name: 'Erneut versuchen' }).click();
    await waitForApp(page);
    await expect(alert(page)).toHaveCount(0);
  });

  test('the prerendered default view stays while the data is slow, then gives way to the error', async ({
    page,
  }) => {
    await page.clock.install();
    const waiting = hang(page, DATA);
    await page.goto('/');
    await waiting;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leipzigs Städtebeziehungen');
    await expect(page.locator('#city-list').getByRole('button', { name: /Kiew/ })).toBeVisible();
    await page.clock.fastForward(16_000);
    await expect(alert(page)).toContainText('Der Server hat nicht rechtzeitig geantwortet');
    await expect(page.locator('#city-list')).toHaveCount(0);
    await page.unroute(DATA);
    await alert(page).getByRole('button', { name: 'Erneut versuchen' }).click();
    await waitForApp(page);
  });

  test('a 50 MB file is refused by its size, quickly, with the file named', async ({ page }) => {
    const problems = recordProblems(page);
    const body = Buffer.alloc(50 * 1024 * 1024, 0x20);
    await page.route(DATA, (route) => route.fulfill({ body, contentType: 'application/geo+json' }));
    await page.goto('/');
    await expect(alert(page)).toContainText('Die Datei ist zu groß (50.0 MB; höchstens 25 MB)', {
      timeout: 30_000,
    });
    await expect(alert(page)).toContainText('data/leipzig.geojson');
    expect(problems.pageErrors).toEqual([]);
  });

  test('an HTTP 500 is retried twice with back-off, then stops with a retry button', async ({ page }) => {
    let requests = 0;
    await page.route(DATA, (route) => {
      requests += 1;
      return route.fulfill({ status: 500, body: 'oops', contentType: 'text/plain' });
    });
    await page.goto('/');
    await expect(alert(page)).toContainText('Der Server antwortet mit Fehler 500.', { timeout: 30_000 });
    await expect(alert(page)).toContainText('Automatisch noch 2-mal versucht');
    expect(requests).toBe(3);
    await page.unroute(DATA);
    await alert(page).getByRole('button', { name: 'Erneut versuchen' }).click();
    await waitForApp(page);
  });

  test('an HTML page instead of data, and a failed connection, say so', async ({ page }) => {
    await page.route(DATA, (route) =>
      route.fulfill({ body: '<!doctype html><title>Start</title>', contentType: 'text/html' }),
    );
    await page.goto('/');
    await expect(alert(page)).toContainText('eine Webseite statt der Daten');
    await page.unroute(DATA);
    await page.route(DATA, (route) => route.abort('connectionrefused'));
    await page.reload();
    await expect(alert(page)).toContainText('Der Server ist nicht erreichbar', { timeout: 30_000 });
    await expect(alert(page).getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
  });
});

test.describe('config.json failing', () => {
  // Without config.json's defaultLanguage, the browser's language decides: English here.
  test.use({ locale: 'en-US' });

  const notice = (page: Page) => page.getByRole('status').filter({ hasText: 'config.json' });

  for (const [name, answer, reason] of [
    ['HTTP 500', (route: Route) => route.fulfill({ status: 500, body: 'oops' }), 'error 500'],
    [
      'truncated JSON',
      (route: Route) => route.fulfill({ body: '{"defaultLanguage": "de",', contentType: 'application/json' }),
      'not valid JSON',
    ],
    [
      'an HTML page',
      (route: Route) =>
        route.fulfill({ body: '<!doctype html><title>Start</title>', contentType: 'text/html' }),
      'a web page instead of the data',
    ],
    ['no connection', (route: Route) => route.abort('connectionrefused'), 'cannot be reached'],
  ] as const) {
    test(`on ${name}, the map runs on the defaults with a notice`, async ({ page }) => {
      await page.route(CONFIG, answer);
      await page.goto('/');
      await waitForApp(page);
      await expect(notice(page)).toContainText('The map runs on its default settings.');
      await notice(page).getByText('Details').click();
      await expect(notice(page)).toContainText(reason);
      await expect(cityButtons(page).first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    });
  }

  test('one that never answers: the defaults after the time limit, with a notice', async ({ page }) => {
    await page.clock.install();
    const waiting = hang(page, CONFIG);
    await page.goto('/');
    await waiting;
    // config.json gets 8 s; the page's clock is moved past that instead of waiting.
    await page.clock.fastForward(9_000);
    await waitForApp(page);
    await expect(notice(page)).toContainText('did not answer in time');
    await expect(cityButtons(page).first()).toBeVisible();
  });
});

test.describe('basemap failing', () => {
  test('without basemap tiles and fonts, cities, list and panel still work, with a notice', async ({
    page,
  }) => {
    await page.route('**/basemap/tiles/**', (route) => route.fulfill({ status: 500, body: 'oops' }));
    await page.route('**/*.woff2', (route) => route.abort('connectionrefused'));
    await page.goto('/');
    await expect(cityButtons(page).first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('status').filter({ hasText: 'Teile der Grundkarte' })).toBeVisible();
    await page.locator('#city-list [data-place-id="kyiv"]').click();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kiew');
  });
});

test.describe('network drop after load', () => {
  test('nothing already shown disappears, and the reader can go on', async ({ page, context }) => {
    await openApp(page);
    const count = await cityButtons(page).count();
    await context.setOffline(true);
    await page.locator('#city-list [data-place-id="kyiv"]').click();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kiew');
    await page.getByRole('button', { name: 'Vergrößern' }).click();
    await waitForMapIdle(page);
    await page.keyboard.press('Escape');
    await expect(cityButtons(page)).toHaveCount(count);
    await expect(page.locator('.maplibregl-canvas')).toBeVisible();
    await expect(alert(page)).toHaveCount(0);
    await context.setOffline(false);
  });
});

test.describe('a part that fails', () => {
  test('the panel shows a contained error with a reload button; map and list keep working', async ({
    page,
  }) => {
    await armPanelFailure(page);
    await openApp(page);
    await setPanelBroken(page, true);
    await page.locator('#city-list [data-place-id="kyiv"]').click();
    await expect(alert(page)).toContainText('Die Details konnten nicht angezeigt werden.');
    await expect(cityButtons(page).first()).toBeVisible();
    await expect(page.locator('.maplibregl-canvas')).toBeVisible();
    await setPanelBroken(page, false);
    await alert(page).getByRole('button', { name: 'Diesen Bereich neu laden' }).click();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kiew');
  });
});

const REMOTE = 'https://tiles.example.test';

test.describe('consent before a remote basemap', () => {
  test.use({ allowedForeignOrigins: [REMOTE] });

  test('nothing is asked of the remote server until the reader clicks; remembering needs the box', async ({
    page,
  }) => {
    const remote: string[] = [];
    // The deployed config's policy allows the remote origin for connections; a bare replacement would not.
    await serveDeployedConfig(page, { defaultLanguage: 'de', basemapStyleUrl: `${REMOTE}/style.json` });
    await page.route(`${REMOTE}/**`, (route) => {
      remote.push(route.request().url());
      return route.fulfill({
        json: {
          version: 8,
          sources: {},
          layers: [{ id: 'remote-bg', type: 'background', paint: { 'background-color': '#cfe3c8' } }],
        },
        headers: { 'access-control-allow-origin': '*' },
      });
    });
    await openApp(page);
    const notice = page.getByRole('status').filter({ hasText: 'tiles.example.test' });
    await expect(notice).toContainText('Dabei erfährt dieser Anbieter Ihre IP-Adresse');
    expect(remote).toEqual([]);

    await notice.getByRole('button', { name: 'Externe Grundkarte laden' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Grundkarte von tiles.example.test' }),
    ).toBeVisible();
    expect(remote).toEqual([`${REMOTE}/style.json`]);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);

    // A reload asks again: the choice was not remembered.
    await page.reload();
    await waitForApp(page);
    await page.getByRole('checkbox', { name: 'Entscheidung in diesem Browser merken' }).check();
    await page.getByRole('button', { name: 'Externe Grundkarte laden' }).click();
    expect(await page.evaluate(() => localStorage.getItem('city-relations-map:remote-basemap'))).toBe(
      `${REMOTE}/style.json`,
    );
    await page.reload();
    await expect(
      page.getByRole('status').filter({ hasText: 'Grundkarte von tiles.example.test' }),
    ).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByRole('button', { name: 'Externe Grundkarte laden' })).toHaveCount(0);
  });
});
