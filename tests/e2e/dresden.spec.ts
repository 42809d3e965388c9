import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { validateDataFile } from '../../src/cli/validate-data-file';
import { listedPlaceIds, openApp, panel, recordProblems, searchParams, waitForApp } from './support/app';
import { clickPlace, expectMapNotBlank, sourceFeatureIds } from './support/map';

const ST_PETERSBURG = [30.3141, 59.9386] as const;
const DRESDEN_TITLE = 'Dresdens Städtebeziehungen';

/** Dresden's own title, cities and map, and none of Leipzig's. */
async function expectDresden(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DRESDEN_TITLE);
  await expect(page).toHaveTitle(DRESDEN_TITLE);
  await expect(page.getByRole('main', { name: /^Karte: Dresden und die Städte/ })).toBeVisible();
  const listed = await listedPlaceIds(page);
  expect(listed).toEqual(expect.arrayContaining(['st-petersburg', 'khmelnytskyi', 'coventry', 'hangzhou']));
  expect(listed).not.toContain('kyiv');
  const onMap = await sourceFeatureIds(page, 'places');
  expect(onMap).toEqual(expect.arrayContaining(['dresden', 'st-petersburg', 'wroclaw']));
  expect(onMap).not.toContain('leipzig');
  await expectMapNotBlank(page, 'onScreen');
}

test.describe('the Dresden dataset', () => {
  test.describe.configure({ timeout: 120_000 });
  test('is picked from the dataset picker and shows its own title and cities', async ({ page }) => {
    const problems = recordProblems(page);
    await openApp(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leipzigs Städtebeziehungen');
    const picker = page.getByRole('combobox', { name: 'Datensatz' });
    await picker.selectOption({ label: DRESDEN_TITLE });
    await waitForApp(page);
    expect(searchParams(page).get('data')).toBe('data/dresden.geojson');
    await expectDresden(page);

    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leipzigs Städtebeziehungen');
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], dialogs: [] });
  });

  test('opens from ?data= and St. Petersburg opens from the map', async ({ page }) => {
    await openApp(page, 'data=data/dresden.geojson');
    await expectDresden(page);
    await clickPlace(page, ST_PETERSBURG);
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('St. Petersburg');
    await expect(panel(page)).toContainText(/Ruhend|ruhend/);
    expect(searchParams(page).get('city')).toBe('st-petersburg');
  });

  test('downloads the filtered view as GeoJSON that re-validates', async ({ page }) => {
    await openApp(page, 'data=data/dresden.geojson&country=UA');
    await page.getByRole('button', { name: /Daten herunterladen/ }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /GeoJSON/ }).click();
    const file = await (await download).path();
    const text = readFileSync(file, 'utf8');
    expect(validateDataFile('download.geojson', text).ok).toBe(true);
    const ids = (
      JSON.parse(text) as { features: { properties: { featureType: string; to?: string } }[] }
    ).features
      .filter((feature) => feature.properties.featureType === 'relation')
      .map((feature) => feature.properties.to);
    expect(ids.sort()).toEqual(['bucha', 'khmelnytskyi', 'lviv']);
  });
});
