import { expect, test } from './support/test';
import { recordProblems, waitForApp } from './support/app';
import { readDataset, type RawDataset } from './support/dataset';

const DATA_ROUTE = '**/data/leipzig.geojson';

/** The real data with two mistakes: Kyiv off the globe and a status that does not exist. */
function brokenDataset(): RawDataset {
  const dataset = readDataset();
  const kyiv = dataset.features.find(
    (feature) => feature.properties.featureType === 'place' && feature.properties.id === 'kyiv',
  );
  const relation = dataset.features.find((feature) => feature.properties.id === 'leipzig-kyiv');
  if (!kyiv?.geometry || !relation) throw new Error('kyiv or leipzig-kyiv missing from the data file');
  kyiv.geometry.coordinates = [500, 50];
  const events = relation.properties.events as Record<string, unknown>[];
  const first = events[0];
  if (!first) throw new Error('leipzig-kyiv has no events');
  first.status = 'bogus';
  return dataset;
}

test.describe('invalid or missing data', () => {
  test('an invalid data file is named, with one line per problem, and no map', async ({ page }) => {
    const problems = recordProblems(page);
    await page.route(DATA_ROUTE, (route) => route.fulfill({ json: brokenDataset() }));
    await page.goto('/');

    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible({ timeout: 30_000 });
    await expect(alert).toContainText('enthält Fehler');
    await expect(alert).toContainText('data/leipzig.geojson');
    const lines = alert.locator('code');
    const texts = await lines.allTextContents();
    expect(texts.length, texts.join('\n')).toBeGreaterThanOrEqual(2);

    const coordinates = texts.filter((text) => text.startsWith('place "kyiv" › geometry.coordinates[0]'));
    expect(coordinates, `problems shown:\n${texts.join('\n')}`).toHaveLength(1);
    const status = texts.filter((text) =>
      /^relation "leipzig-kyiv" › (properties\.)?events\[0\]\.status: /.test(text),
    );
    expect(status, `problems shown:\n${texts.join('\n')}`).toHaveLength(1);
    expect(status[0]).toContain('"active"');
    // Every line names its record.
    for (const text of texts)
      expect(text).toMatch(/^(place|relation|source|features\[\d+\]|sources|metadata)\b/);

    await expect(page.locator('.maplibregl-map')).toHaveCount(0);
    await expect(page.locator('.city-button')).toHaveCount(0);
    expect(problems.pageErrors).toEqual([]);
  });

  test('a file that is not JSON is reported, not thrown', async ({ page }) => {
    const problems = recordProblems(page);
    await page.route(DATA_ROUTE, (route) =>
      route.fulfill({ body: '{"type": "FeatureCollection", ', contentType: 'application/geo+json' }),
    );
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible({ timeout: 30_000 });
    await expect(alert).toContainText('data/leipzig.geojson');
    await expect(page.locator('.maplibregl-map')).toHaveCount(0);
    expect(problems.pageErrors).toEqual([]);
  });

  test('a missing data file shows the load error, and retry recovers', async ({ page }) => {
    let requests = 0;
    await page.route(DATA_ROUTE, (route) => {
      requests += 1;
      return route.fulfill({ status: 404, body: 'not found', contentType: 'text/plain' });
    });
    await page.goto('/');

    const alert = page.getByRole('alert');
    // The app retries network failures twice (with back-off) before giving up.
    await expect(alert).toBeVisible({ timeout: 30_000 });
    await expect(alert).toContainText('Die Daten konnten nicht geladen werden');
    await expect(alert).toContainText('404');
    const retry = alert.getByRole('button', { name: 'Erneut versuchen' });
    await expect(retry).toBeVisible();
    await expect(page.locator('.maplibregl-map')).toHaveCount(0);
    expect(requests).toBeGreaterThanOrEqual(1);

    // The file is back: retrying shows the app.
    await page.unroute(DATA_ROUTE);
    await retry.click();
    await waitForApp(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.locator('.maplibregl-map')).toBeVisible();
  });
});
