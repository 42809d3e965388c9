import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { cityButtons, listedPlaceIds, openApp, searchParams, statusChip } from './support/app';
import { placeIdsInCountry, readDataset } from './support/dataset';
import { sourceFeatureIds, waitForMapIdle } from './support/map';

/** The visible count under the filters (not a live region: the map summary announces each change). */
function summary(page: Page) {
  return page.getByRole('region', { name: 'Filter' }).getByText(/Beziehungen angezeigt/);
}

/** The map's spoken summary: the one live region that announces a filter change. */
function announcement(page: Page) {
  return page.getByRole('status').filter({ hasText: 'Beziehungen auf der Karte' });
}

function legendCount(page: Page, status: string) {
  return page
    .getByRole('region', { name: 'Legende' })
    .getByRole('listitem')
    .filter({ has: page.getByText(status, { exact: true }) })
    .locator('.legend-count');
}

/** "N von M Beziehungen angezeigt" as numbers. */
async function shownOfTotal(page: Page): Promise<{ shown: number; total: number }> {
  const text = (await summary(page).textContent()) ?? '';
  const match = /(\d+) von (\d+) Beziehungen angezeigt/.exec(text);
  if (!match) throw new Error(`unexpected summary: ${text}`);
  return { shown: Number(match[1]), total: Number(match[2]) };
}

test.describe('filters', () => {
  test('the "Ausgesetzt" chip leaves only Moscow, in list, map, legend and URL', async ({ page }) => {
    await openApp(page);
    const before = await shownOfTotal(page);
    expect(before.shown).toBe(before.total);
    expect(await cityButtons(page).count()).toBeGreaterThan(20);
    await expect(legendCount(page, 'Aktiv')).not.toHaveText('0');

    const chip = statusChip(page, 'Ausgesetzt');
    await expect(chip).toHaveAttribute('aria-pressed', 'false');
    await expect(chip).toHaveAccessibleName(/1$/);
    await chip.click();

    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => searchParams(page).get('status')).toBe('paused');
    await expect(cityButtons(page)).toHaveCount(1);
    await expect(cityButtons(page)).toHaveAttribute('data-place-id', 'moscow');
    await expect(cityButtons(page).locator('.city-name')).toHaveText('Moskau');
    await expect(page.getByRole('heading', { name: 'Städte (1)' })).toBeVisible();
    await expect(summary(page)).toHaveText(new RegExp(`^1 von ${before.total} Beziehungen angezeigt`));
    await expect(announcement(page)).toHaveText(
      new RegExp(`^1 von ${before.total} Beziehungen auf der Karte: 1 ausgesetzt; Stand `),
    );
    await expect(legendCount(page, 'Aktiv')).toHaveText('0');
    await expect(legendCount(page, 'Ausgesetzt')).toHaveText('1');

    await waitForMapIdle(page);
    await expect
      .poll(async () => (await sourceFeatureIds(page, 'places')).sort())
      .toEqual(['leipzig', 'moscow']);
    await expect.poll(() => sourceFeatureIds(page, 'relations')).toEqual(['leipzig-moscow']);

    // Pressing it again lifts the filter.
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => searchParams(page).get('status')).toBeNull();
    await expect(summary(page)).toHaveText(new RegExp(`^${before.total} von ${before.total}`));
    await expect(announcement(page)).toHaveText(
      new RegExp(`^${before.total} von ${before.total} Beziehungen auf`),
    );
  });

  // Every spelling is tested against the dataset in tests/data; this checks the page end to end.
  test('searching "kyjiw" finds Kyiv', async ({ page }) => {
    await openApp(page);
    await page.getByLabel('Stadt suchen').fill('kyjiw');
    await expect.poll(() => searchParams(page).get('q')).toBe('kyjiw');
    await expect.poll(() => listedPlaceIds(page)).toContain('kyiv');
    const ids = await listedPlaceIds(page);
    expect(ids.length, `listed: ${ids.join(', ')}`).toBeLessThan(4);
    await expect(page.locator('.city-button[data-place-id="kyiv"] .city-name')).toHaveText('Kiew');
    await waitForMapIdle(page);
    const places = await sourceFeatureIds(page, 'places');
    expect(places).toContain('kyiv');
    expect(places).not.toContain('moscow');
  });

  test('a search that matches nothing says so', async ({ page }) => {
    await openApp(page);
    await page.getByLabel('Stadt suchen').fill('Atlantis-xyz');
    await expect(cityButtons(page)).toHaveCount(0);
    await expect(page.getByText('Keine Stadt passt zu den Filtern.')).toBeVisible();
    await expect(summary(page)).toHaveText(/^0 von \d+/);
    await expect(announcement(page)).toHaveText(/^0 von \d+ Beziehungen auf der Karte; Stand /);
  });

  test('the country "Russland" leaves only Russian cities; reset restores all', async ({ page }) => {
    const russian = placeIdsInCountry(readDataset(), 'RU');
    expect(russian).toContain('moscow');
    await openApp(page);
    const all = await listedPlaceIds(page);
    const before = await shownOfTotal(page);

    const country = page.getByLabel('Land', { exact: true });
    const option = country.locator('option', { hasText: /^Russland \(\d+\)$/ });
    const optionText = (await option.textContent()) ?? '';
    const expectedCount = Number(/\((\d+)\)/.exec(optionText)?.[1]);
    await country.selectOption({ label: optionText });

    await expect.poll(() => searchParams(page).get('country')).toBe('RU');
    await expect(cityButtons(page)).toHaveCount(expectedCount);
    const ids = await listedPlaceIds(page);
    expect(ids.length).toBeGreaterThan(1);
    for (const id of ids) expect(russian, `${id} is listed under Russland`).toContain(id);
    for (const meta of await cityButtons(page).locator('.city-meta').allTextContents()) {
      expect(meta).toMatch(/^Russland ·/);
    }
    await waitForMapIdle(page);
    const places = await sourceFeatureIds(page, 'places');
    expect(places.filter((id) => id !== 'leipzig').sort()).toEqual([...ids].sort());

    // Combine with a status filter, then reset everything at once.
    await statusChip(page, 'Ausgesetzt').click();
    await expect(cityButtons(page)).toHaveCount(1);
    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();

    await expect(cityButtons(page)).toHaveCount(all.length);
    expect(await listedPlaceIds(page)).toEqual(all);
    await expect(country).toHaveValue('');
    await expect(statusChip(page, 'Ausgesetzt')).toHaveAttribute('aria-pressed', 'false');
    expect(await shownOfTotal(page)).toEqual(before);
    const params = searchParams(page);
    expect(params.get('country')).toBeNull();
    expect(params.get('status')).toBeNull();
    await expect(page.getByRole('button', { name: 'Filter zurücksetzen' })).toHaveCount(0);
    await waitForMapIdle(page);
    expect((await sourceFeatureIds(page, 'places')).length).toBeGreaterThan(20);
  });

  test('a type chip filters by the kind of relation', async ({ page }) => {
    await openApp(page);
    const types = page.getByRole('group', { name: 'Art der Beziehung' });
    const partnership = types.getByRole('button', { name: /^\W*Städtepartnerschaft\W*\d+$/ });
    const name = (await partnership.textContent()) ?? '';
    const count = Number(/(\d+)$/.exec(name.trim())?.[1]);
    expect(count).toBeGreaterThan(1);
    await partnership.click();
    await expect(partnership).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => searchParams(page).get('type')).toBe('partnership');
    await expect(cityButtons(page)).toHaveCount(count);
    for (const meta of await cityButtons(page).locator('.city-meta').allTextContents()) {
      expect(meta).toContain('Städtepartnerschaft');
    }
  });
});
