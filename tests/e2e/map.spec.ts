import { expect, test } from './support/test';
import {
  APP_ORIGIN,
  foreignRequests,
  openApp,
  panel,
  recordProblems,
  recordRequests,
  searchParams,
  statusChip,
} from './support/app';
import {
  ACTIVE_COLOUR,
  PLACES,
  clickPlace,
  expectMapNotBlank,
  featureState,
  jumpTo,
  mapVariety,
  sourceFeatureIds,
  waitForMapIdle,
} from './support/map';

test.describe('map', () => {
  test('renders a non-blank map with the places, without errors', async ({ page }) => {
    const problems = recordProblems(page);
    await openApp(page);

    await expect(page.locator('.maplibregl-map')).toBeVisible();
    await expect(page.locator('.maplibregl-canvas')).toHaveAttribute('aria-label', /^Karte\b/);
    await expect(
      page.getByRole('main', { name: 'Karte: Leipzig und die Städte, mit denen es Beziehungen hat' }),
    ).toBeVisible();
    await expectMapNotBlank(page, 'drawn');
    await expectMapNotBlank(page, 'onScreen');
    // The data layers are drawn too, not only the basemap: the green of active relations.
    const drawn = await mapVariety(page, 'drawn');
    expect(drawn.near[ACTIVE_COLOUR], JSON.stringify(drawn)).toBeGreaterThan(300);

    const places = await sourceFeatureIds(page, 'places');
    expect(places.length, `places source: ${places.join(', ')}`).toBeGreaterThan(20);
    expect(places).toEqual(expect.arrayContaining(['leipzig', 'kyiv', 'moscow', 'saratov', 'bologna']));
    const relations = await sourceFeatureIds(page, 'relations');
    expect(relations.length).toBeGreaterThan(20);

    expect(problems.pageErrors, 'uncaught exceptions').toEqual([]);
    expect(problems.consoleErrors, 'console errors').toEqual([]);
  });

  test('asks no other origin for anything while loading, selecting and filtering', async ({ page }) => {
    const requests = recordRequests(page);
    const problems = recordProblems(page);
    await openApp(page);

    await jumpTo(page, PLACES.kyiv, 8);
    await clickPlace(page, PLACES.kyiv);
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kiew');
    await waitForMapIdle(page);

    await page.getByRole('button', { name: 'Schließen' }).click();
    await expect(panel(page)).toHaveCount(0);
    await statusChip(page, 'Ausgesetzt').click();
    await expect(
      page.getByRole('region', { name: 'Filter' }).getByText(/Beziehungen angezeigt/),
    ).toContainText(/^1 von \d+/);
    await expect(page.getByRole('status').filter({ hasText: 'Beziehungen auf der Karte' })).toContainText(
      /^1 von \d+/,
    );
    await page.getByLabel('Stadt suchen').fill('Moskau');
    await page.locator('.city-button[data-place-id="moscow"]').click();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Moskau');
    await waitForMapIdle(page);

    expect(requests.length, 'the recorder saw the page load').toBeGreaterThan(3);
    expect(requests.some((url) => url.includes('data/leipzig.geojson'))).toBe(true);
    expect(foreignRequests(requests), `requests that left ${APP_ORIGIN}`).toEqual([]);
    // The page's CSP would block a third-party request before it shows up above; Chromium logs that as an error.
    expect(problems.consoleErrors, 'console errors (e.g. CSP refusals)').toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  test('clicking Kyiv on the map opens its panel and selects it', async ({ page }) => {
    const problems = recordProblems(page);
    await openApp(page);
    // Kyiv's district Darnytsia is a few pixels away at the start view: zoom in so the click is unambiguous.
    await jumpTo(page, PLACES.kyiv, 8);
    await clickPlace(page, PLACES.kyiv);

    const aside = page.getByRole('complementary', { name: 'Details zu Kiew' });
    await expect(aside).toBeVisible();
    await expect(aside.getByRole('heading', { level: 2 })).toHaveText('Kiew');
    await expect(aside.getByRole('heading', { level: 2 })).toBeFocused();
    await expect.poll(() => searchParams(page).get('city')).toBe('kyiv');
    await expect.poll(() => featureState(page, 'places', 'kyiv')).toMatchObject({ selected: true });
    expect(await featureState(page, 'places', 'moscow')).not.toMatchObject({ selected: true });
    await expect(page.locator('.city-button[aria-current="true"]')).toHaveAttribute('data-place-id', 'kyiv');

    // Closing clears the selection on the map too.
    await aside.getByRole('button', { name: 'Schließen' }).click();
    await expect(aside).toHaveCount(0);
    await expect.poll(() => searchParams(page).get('city')).toBeNull();
    await expect.poll(() => featureState(page, 'places', 'kyiv')).not.toMatchObject({ selected: true });
    expect(problems.pageErrors).toEqual([]);
  });

  test('clicking Leipzig (the home star) opens the overview', async ({ page }) => {
    await openApp(page);
    await jumpTo(page, PLACES.leipzig, 6);
    await clickPlace(page, PLACES.leipzig);

    const aside = page.getByRole('complementary', { name: 'Details zu Leipzig' });
    await expect(aside).toBeVisible();
    await expect.poll(() => searchParams(page).get('city')).toBe('leipzig');
    await expect(aside.getByRole('heading', { name: /^Übersicht: \d+ Beziehungen$/ })).toBeVisible();
    await expect(aside.getByRole('heading', { name: 'Nach Status' })).toBeVisible();
    const networks = aside.getByRole('region', { name: 'Netzwerke' });
    await expect(networks.getByRole('button', { name: /Mayors for Peace/ })).toBeVisible();
    const local = aside.getByRole('region', { name: 'Beziehungen in der Stadt selbst' });
    await expect(local).toContainText(/Generalkonsulat/);
  });
});
