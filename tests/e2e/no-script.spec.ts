import { expect, test } from './support/test';
import type { Page } from '@playwright/test';
import { openApp, panel, recordProblems, waitForApp } from './support/app';

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
  /** Holds the app's code back until the returned function is called: the page is index.html alone. */
  async function holdAppCode(page: Page): Promise<() => void> {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    return release;
  }

  /** The console warnings main.tsx writes when React had to render the prerendered view anew. */
  function recordReplacements(page: Page): string[] {
    const replaced: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' && message.text().includes('prerendered first view'))
        replaced.push(message.text());
    });
    return replaced;
  }

  test('the default view paints before the app runs, and the app takes it over', async ({ page }) => {
    const problems = recordProblems(page);
    const replaced = recordReplacements(page);
    const release = await holdAppCode(page);
    // DOMContentLoaded waits for the held module script; the document is parsed before that.
    await page.goto('/', { waitUntil: 'commit' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leipzigs Städtebeziehungen');
    await expect(page.getByRole('heading', { level: 2, name: /^Städte \(\d+\)$/ })).toBeVisible();
    const kyiv = page.locator('#city-list').getByRole('button', { name: /Kiew/ });
    await expect(kyiv).toBeVisible();
    // The first-view script set the theme's status colours, so the symbols are not black meanwhile.
    const colour = await page.evaluate(() =>
      document.documentElement.style.getPropertyValue('--status-active'),
    );
    expect(colour).toMatch(/^#[0-9a-f]{6}$/i);
    await expect(page.locator('.static-page')).toHaveCount(0);

    release();
    await waitForApp(page);
    // Hydrated, not replaced: the element painted before the app ran is the app's, and it works.
    await kyiv.click();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(/Kiew/);
    expect(replaced).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  test('a dataset edited on the server since the build replaces the prerendered view', async ({ page }) => {
    const problems = recordProblems(page);
    const replaced = recordReplacements(page);
    const edited = 'Leipzigs Städtebeziehungen (ergänzt)';
    await page.route('**/data/leipzig.geojson', async (route) => {
      const dataset = (await (await route.fetch()).json()) as { metadata: { title: { de: string } } };
      dataset.metadata.title.de = edited;
      await route.fulfill({ contentType: 'application/geo+json', body: JSON.stringify(dataset) });
    });
    await openApp(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(edited);
    await expect(page).toHaveTitle(edited);
    expect(replaced).toHaveLength(1);
    await page.locator('#city-list').getByRole('button', { name: /Kiew/ }).click();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(/Kiew/);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  test('another view shows nothing prerendered, not even before the app runs', async ({ page }) => {
    // Checked in every frame: the prerendered title must never be on screen, not for one frame.
    await page.addInitScript(() => {
      const check = () => {
        const title = document.querySelector('#root h1');
        if (title?.checkVisibility() && title.textContent === 'Leipzigs Städtebeziehungen')
          document.documentElement.dataset.sawPrerendered = 'true';
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    const release = await holdAppCode(page);
    await page.goto('/?embed=1&data=data/dresden.geojson', { waitUntil: 'commit' });
    await expect(page.locator('#root h1')).toHaveCount(1);
    await expect(page.locator('#root h1')).toBeHidden();
    await expect(page.locator('.static-page')).toHaveCount(0);
    release();
    await expect(page.locator('.layout.embed h1')).toHaveText(/Dresden/);
    await expect(page.locator('#root h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/Dresden/);
    await expect(page.locator('html')).not.toHaveAttribute('data-saw-prerendered');
  });

  test('the app replaces the prerendered page', async ({ page }) => {
    await openApp(page, 'lang=en');
    await expect(page.locator('.static-page')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Leipzig's city relations");
    await expect(page.locator('#city-list li').first()).toBeVisible();
  });
});
