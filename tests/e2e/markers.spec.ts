import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { PLACES, jumpTo, sourceFeatureIds, waitForMapIdle } from './support/map';
import { checkMarkers } from './support/markers';

/** Opens a view and waits for the places to be on the map (the embed has no city-list heading to wait for). */
async function openView(page: Page, query: string): Promise<void> {
  await page.goto(`/?${query}`);
  await waitForMapIdle(page);
  await expect.poll(async () => (await sourceFeatureIds(page, 'places')).length).toBeGreaterThan(20);
  await waitForMapIdle(page);
}

/** Every marker in view is drawn and uncovered; labels were placed too, or the check would prove nothing. */
async function expectEveryMarkerVisible(page: Page, atLeast = 4): Promise<void> {
  const report = await checkMarkers(page);
  expect(report.inView.length, 'places in view').toBeGreaterThanOrEqual(atLeast);
  expect(report.drawn).toEqual(expect.arrayContaining(report.inView));
  expect(report.covered, 'markers under a label').toEqual([]);
}

test.describe('markers are never hidden', () => {
  for (const { name, width, height, query } of [
    { name: 'the embed at 800×600', width: 800, height: 600, query: 'embed=1' },
    { name: 'the page at 1280×800', width: 1280, height: 800, query: 'lang=de' },
    { name: 'a phone at 390×844', width: 390, height: 844, query: 'lang=de' },
  ]) {
    test(`no label covers a marker in ${name}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openView(page, query);
      await expectEveryMarkerVisible(page);
    });
  }

  test('no label covers a marker when zoomed into Kyiv and out to the world', async ({ page }) => {
    await openView(page, 'embed=1');
    await jumpTo(page, PLACES.kyiv, 6);
    // Only Kyiv and its district Darnyzja are in view here, right next to each other.
    await expectEveryMarkerVisible(page, 2);
    await jumpTo(page, PLACES.leipzig, 1.5);
    await expectEveryMarkerVisible(page);
  });
});
