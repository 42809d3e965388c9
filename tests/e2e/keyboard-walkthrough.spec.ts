import { resolve } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './support/test';
import { openApp, searchParams } from './support/app';
import { featureState, waitForMapIdle } from './support/map';

/** What has focus, enough to tell the steps apart in a failure message. */
interface Focused {
  tag: string;
  id: string;
  name: string;
  className: string;
  placeId: string | null;
  /** The landmark or widget it sits in: 'map', 'panel', 'history', 'chips', 'time', 'list' or ''. */
  inside: string;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement;
    const within = (selector: string) =>
      element?.closest(selector) !== null && element?.closest(selector) !== undefined;
    const inside = within('.history')
      ? 'history'
      : within('aside.panel')
        ? 'panel'
        : within('.maplibregl-map')
          ? 'map'
          : within('.chip-group')
            ? 'chips'
            : within('.time-control')
              ? 'time'
              : within('#city-list')
                ? 'list'
                : '';
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      id: element?.id ?? '',
      name: (element?.getAttribute('aria-label') ?? element?.textContent ?? '').trim().slice(0, 60),
      className: element?.getAttribute('class') ?? '',
      placeId: element?.getAttribute('data-place-id') ?? null,
      inside,
    };
  });
}

/** Presses a key until the focus matches, failing after a bound: a keyboard user's way there. */
async function pressUntil(
  page: Page,
  key: string,
  reached: (focus: Focused) => boolean,
  what: string,
  limit = 120,
): Promise<Focused> {
  let focus = await focused(page);
  const seen: string[] = [];
  for (let step = 0; step < limit && !reached(focus); step += 1) {
    await page.keyboard.press(key);
    focus = await focused(page);
    seen.push(`${focus.tag}.${focus.className}`);
  }
  expect(reached(focus), `${key} never reached ${what}; passed ${seen.slice(-8).join(' → ')}`).toBe(true);
  return focus;
}

/** The focused element's outline and its contrast with the background behind it (WCAG 1.4.11: 3:1). */
function focusRing(page: Page): Promise<{ style: string; width: number; contrast: number }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) throw new Error('nothing focused');
    const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const linear = (c: number) =>
        c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4;
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    let behind = element.parentElement;
    while (behind && (rgb(getComputedStyle(behind).backgroundColor)[3] ?? 1) === 0)
      behind = behind.parentElement;
    const background = rgb(getComputedStyle(behind ?? document.body).backgroundColor);
    const style = getComputedStyle(element);
    const [lighter, darker] = [luminance(rgb(style.outlineColor)), luminance(background)].sort(
      (a, b) => b - a,
    );
    return {
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
      contrast: ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05),
    };
  });
}

async function expectVisibleFocusRing(page: Page): Promise<void> {
  const ring = await focusRing(page);
  expect(ring.style, JSON.stringify(ring)).toBe('solid');
  expect(ring.width, JSON.stringify(ring)).toBeGreaterThanOrEqual(2);
  expect(ring.contrast, JSON.stringify(ring)).toBeGreaterThanOrEqual(3);
}

const isCanvas = (focus: Focused) => focus.className.includes('maplibregl-canvas');

async function shootFocus(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await waitForMapIdle(page);
  const path = resolve(process.cwd(), 'test-results/screenshots', `${name}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

for (const theme of ['light', 'dark'] as const) {
  test(`keyboard only (${theme}): skip link, a city by N, its panel and history, back to the map, a chip, the date`, async ({
    page,
  }, testInfo) => {
    await openApp(page, `theme=${theme}`);

    // 1. The first Tab offers the skip link; Enter follows it to the city list.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', name: 'Zur Städteliste springen' });
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe('#city-list');
    // The list's first control is its switch to the table view, then come the cities.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ className: 'table-toggle', inside: 'list' });
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ className: 'city-button', inside: 'list' });

    // 2. On to the map canvas, and N to a city on the map (not in the list).
    await pressUntil(page, 'Tab', isCanvas, 'the map canvas');
    const status = page.getByTestId('map-keyboard-status');
    await expect(status).toBeEmpty();
    await page.keyboard.press('n');
    await expect(status).toHaveText(/^.+, .+ – Ort 1 von \d+\./);
    expect(isCanvas(await focused(page))).toBe(true);
    const city = ((await status.textContent()) ?? '').split(',')[0] ?? '';
    await shootFocus(page, testInfo, `walkthrough-map-focus-${theme}`);

    // 3. Enter opens its panel, with focus on its heading.
    await page.keyboard.press('Enter');
    const aside = page.getByRole('complementary', { name: `Details zu ${city}` });
    await expect(aside.getByRole('heading', { level: 2 })).toBeFocused();
    expect(await focused(page)).toMatchObject({ tag: 'h2', name: city, inside: 'panel' });
    const opened = searchParams(page).get('city');
    expect(opened).not.toBeNull();

    // 4. Tab into its history: every step stays in the panel until a link inside the history list.
    const history = await pressUntil(
      page,
      'Tab',
      (focus) => {
        expect(['panel', 'history'], JSON.stringify(focus)).toContain(focus.inside);
        return focus.inside === 'history';
      },
      'the history',
      40,
    );
    expect(history.tag).toBe('a');
    await expectVisibleFocusRing(page);
    await shootFocus(page, testInfo, `walkthrough-history-focus-${theme}`);

    // 5. Escape closes the panel; focus is back on the map, the ring still on the city.
    await page.keyboard.press('Escape');
    await expect(aside).toHaveCount(0);
    expect(isCanvas(await focused(page))).toBe(true);
    expect(await featureState(page, 'places', opened ?? '')).toMatchObject({ focused: true });

    // 6. Back (Shift+Tab) to the status chips; Space sets a filter.
    const chip = await pressUntil(
      page,
      'Shift+Tab',
      (focus) => focus.inside === 'chips' && focus.name.startsWith('Ausgesetzt'),
      'the "Ausgesetzt" chip',
      200,
    );
    expect(chip.tag).toBe('button');
    await page.keyboard.press('Space');
    await expect.poll(() => searchParams(page).get('status')).toBe('paused');
    expect(await focused(page)).toMatchObject({ tag: 'button', inside: 'chips' });
    await expect(page.locator('.chip[aria-pressed="true"]')).toBeFocused();
    await expectVisibleFocusRing(page);
    await shootFocus(page, testInfo, `walkthrough-chip-focus-${theme}`);

    // 7. Further back to the year slider; an arrow key sets the date.
    await pressUntil(page, 'Shift+Tab', (focus) => focus.id === 'time-year', 'the year slider', 20);
    await page.keyboard.press('ArrowLeft');
    const lastYear = new Date().getUTCFullYear() - 1;
    await expect.poll(() => searchParams(page).get('at')).toBe(`${lastYear}-12-31`);
    expect(await focused(page)).toMatchObject({ id: 'time-year', inside: 'time' });
    await expectVisibleFocusRing(page);
    await expect(page.locator('.time-readout')).toContainText(String(lastYear));
  });
}

test('embedded: Tab goes into the map, out of it again and on through the page', async ({ page }) => {
  await page.goto('/?embed=1');
  await waitForMapIdle(page);
  // Open the list section by keyboard, so there is page content after the map.
  await pressUntil(
    page,
    'Tab',
    (focus) => focus.tag === 'button' && focus.name.startsWith('Liste'),
    'the list button',
  );
  await page.keyboard.press('Enter');
  await expect(page.locator('#embed-list')).toBeVisible();

  await pressUntil(page, 'Tab', isCanvas, 'the map canvas');
  // The next Tabs leave the canvas (zoom buttons, attribution) and then the map altogether.
  await page.keyboard.press('Tab');
  expect(isCanvas(await focused(page))).toBe(false);
  const after = await pressUntil(
    page,
    'Tab',
    (focus) => focus.inside === 'list',
    'the list after the map',
    20,
  );
  // The list's first control is its switch to the table view, then come the cities.
  expect(after.className).toBe('table-toggle');
  await page.keyboard.press('Tab');
  expect((await focused(page)).className).toBe('city-button');

  // And back: Shift+Tab returns through the map to the toolbar.
  await pressUntil(page, 'Shift+Tab', isCanvas, 'the map canvas, backwards', 40);
  const before = await pressUntil(page, 'Shift+Tab', (focus) => focus.inside !== 'map', 'the toolbar', 5);
  expect(before.tag).toBe('button');
});
