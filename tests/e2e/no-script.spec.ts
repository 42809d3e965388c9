import { expect, test } from './support/test';
import { openApp } from './support/app';

/** The prerendered page (src/cli/prerender-page.ts) as a reader without JavaScript gets it. */
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the default dataset is listed by status, with its sources as links', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Leipzig/);
    await expect(page).toHaveTitle(/Leipzig/);
    // getByText skips what is inside <noscript>, so the note is found by its class.
    await expect(page.locator('.static-note')).toContainText('Die interaktive Karte braucht JavaScript.');
    await expect(page.locator('.static-note')).toBeVisible();

    const groups = page.getByRole('heading', { level: 2 });
    await expect(groups.first()).toHaveText(/^Aktiv \(\d+\)$/);
    expect(await groups.count()).toBeGreaterThan(2);
    const kyiv = page.locator('.static-relations > li', {
      has: page.getByRole('heading', { name: 'Beziehung Leipzig – Kiew' }),
    });
    await expect(kyiv.locator('dd').first()).toHaveText(/\d{4}/);
    await expect(kyiv).toContainText('Städtepartnerschaft');
    await expect(kyiv.locator('dt', { hasText: /^Status$/ })).toHaveCount(1);

    const links = page.locator('.static-sources a');
    expect(await links.count()).toBeGreaterThan(10);
    for (const href of await links.evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''))) {
      expect(href, 'only http(s) links').toMatch(/^https?:\/\//);
    }
    await expect(kyiv.locator('.static-sources a').first()).toBeVisible();
  });
});

test.describe('with JavaScript', () => {
  test('the prerendered content never shows, not even before the app runs', async ({ page }) => {
    // Hold the app's code back: what the browser shows meanwhile is index.html alone.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // DOMContentLoaded waits for the held module script; the document is parsed before that.
    await page.goto('/?embed=1&data=data/dresden.geojson', { waitUntil: 'commit' });
    await expect(page.locator('noscript')).toHaveCount(1);
    await expect(page.locator('.static-page')).toHaveCount(0);
    release();
    await expect(page.locator('noscript')).toHaveCount(0);
    await expect(page.locator('.layout.embed h1')).toHaveText(/Dresden/);
    await expect(page).toHaveTitle(/Dresden/);
  });

  test('the app replaces the prerendered page', async ({ page }) => {
    await openApp(page);
    await expect(page.locator('noscript, .static-page')).toHaveCount(0);
    await expect(page.locator('#city-list li').first()).toBeVisible();
  });
});
