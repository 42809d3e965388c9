import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { openApp, panel } from './support/app';
import { waitForMapIdle } from './support/map';

const isCanvasFocused = (page: Page) =>
  page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas') ?? false);

/** Presses Tab until the map canvas has focus, as a keyboard user would get there. */
async function tabToCanvas(page: Page): Promise<void> {
  for (let step = 0; step < 200 && !(await isCanvasFocused(page)); step += 1)
    await page.keyboard.press('Tab');
  expect(await isCanvasFocused(page), 'Tab never reached the map canvas').toBe(true);
}

for (const theme of ['light', 'dark'] as const) {
  test(`the map by keyboard (${theme}): N reaches a city, Enter opens it, Escape returns to the map`, async ({
    page,
  }) => {
    await openApp(page, `theme=${theme}`);
    await tabToCanvas(page);
    const canvas = page.locator('canvas.maplibregl-canvas');
    await expect(canvas).toBeFocused();
    await expect(page.locator('.map-keyboard-hint')).toBeVisible();
    await expect(page.locator('.map-keyboard-hint')).toContainText('N und P');

    const status = page.getByTestId('map-keyboard-status');
    await expect(status).toBeEmpty();
    for (let step = 0; step < 5 && (await status.textContent()) === ''; step += 1)
      await page.keyboard.press('n');
    await expect(status).toHaveText(/^.+, .+ – Ort 1 von \d+\./);
    await expect(canvas).toBeFocused();
    const name = ((await status.textContent()) ?? '').split(',')[0] ?? '';
    expect(name.length).toBeGreaterThan(0);

    // The second city in the west-to-east order, then back with P.
    await page.keyboard.press('n');
    await expect(status).toHaveText(/ – Ort 2 von \d+\./);
    await page.keyboard.press('p');
    await expect(status).toHaveText(
      new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, .+ – Ort 1 von`),
    );

    await page.keyboard.press('Enter');
    const aside = page.getByRole('complementary', { name: `Details zu ${name}` });
    await expect(aside.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(aside.getByRole('heading', { level: 2 })).toContainText(name);

    await page.keyboard.press('Escape');
    await expect(panel(page)).toHaveCount(0);
    await expect(canvas).toBeFocused();

    // The focus ring stays on the city; Escape on the map lets go of it.
    await waitForMapIdle(page);
    await page.screenshot({ path: `test-results/keyboard-map-focus-${theme}.png`, animations: 'disabled' });
    await page.keyboard.press('Escape');
    await expect(status).toBeEmpty();
    await expect(canvas).toBeFocused();

    // No trap: Tab leaves the map.
    await page.keyboard.press('Tab');
    expect(await isCanvasFocused(page)).toBe(false);
  });
}
