import { expect, test } from './support/test';
import { listedPlaceIds, openApp, panel } from './support/app';
import { sourceFeatureIds } from './support/map';

test.describe('time travel', () => {
  test('in mid-2013 Moscow is not yet a cooperation partner and Ho Chi Minh City is absent', async ({
    page,
  }) => {
    await openApp(page, 'at=2013-06-01');
    await expect(page.getByText('Stand: 1. Juni 2013')).toBeVisible();
    const listed = await listedPlaceIds(page);
    expect(listed).toContain('kyiv');
    expect(listed).not.toContain('moscow');
    expect(listed).not.toContain('ho-chi-minh-city');
    const onMap = await sourceFeatureIds(page, 'places');
    expect(onMap).not.toContain('moscow');
    expect(onMap).not.toContain('ho-chi-minh-city');
  });

  test('in mid-2016 Ho Chi Minh City is a cooperation partner, today a twin city', async ({ page }) => {
    await openApp(page, 'at=2016-06-01&city=ho-chi-minh-city');
    const button = page.locator('#city-list .city-button[data-place-id="ho-chi-minh-city"]');
    await expect(button).toContainText('Kooperationsvereinbarung');
    await expect(panel(page)).toContainText('Gewähltes Datum: 1. Juni 2016');
    await page.getByRole('button', { name: 'Heute' }).click();
    await expect(button).toContainText('Städtepartnerschaft');
    expect(new URL(page.url()).searchParams.has('at')).toBe(false);
  });

  test('the slider steps with the arrow keys and jumps with Home and End', async ({ page }) => {
    await openApp(page);
    const slider = page.getByRole('slider', { name: 'Jahr' });
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    const lastYear = new Date().getUTCFullYear() - 1;
    await expect(page).toHaveURL(new RegExp(`at=${lastYear}-12-31`));
    await page.keyboard.press('Home');
    // The dataset's first event: Kyiv, 1961.
    await expect(page).toHaveURL(/at=1961-12-31/);
    expect(await listedPlaceIds(page)).toEqual(['kyiv']);
    await page.keyboard.press('End');
    await expect(page).not.toHaveURL(/at=/);
  });

  test('comparing 2022-02-23 with today lists Moscow among the changes', async ({ page }) => {
    await openApp(page, 'from=2022-02-23');
    const section = page.getByRole('region', { name: 'Was hat sich geändert?' });
    const moscow = section
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: 'Moskau' }) });
    await expect(moscow).toContainText('Aktiv → Kooperationsvereinbarung, Ausgesetzt');
    await moscow.getByRole('button', { name: 'Moskau' }).click();
    await expect(panel(page).getByRole('heading', { level: 2, name: 'Moskau' })).toBeVisible();
  });

  test('an invalid date falls back to today', async ({ page }) => {
    await openApp(page, 'at=2014-13-45&from=yesterday');
    await expect(page.getByText(/^Stand: heute/)).toBeVisible();
    expect(await listedPlaceIds(page)).toContain('ho-chi-minh-city');
  });
});
