import { expect, test } from './support/test';
import { cityButtons, openApp, panel, recordProblems, searchParams, statusChip } from './support/app';
import { featureState, sourceFeatureIds, waitForMapIdle } from './support/map';

test.describe('deep links and history', () => {
  test('/?city=saratov&lang=en opens the English panel with its disputed history', async ({ page }) => {
    const problems = recordProblems(page);
    await openApp(page, 'city=saratov&lang=en');

    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const aside = page.getByRole('complementary', { name: 'Details about Saratov' });
    await expect(aside).toBeVisible();
    await expect(aside.getByRole('heading', { level: 2 })).toHaveText('Saratov');
    await expect(aside.getByRole('heading', { level: 3, name: /Leipzig – Saratov/ })).toBeVisible();
    await expect(aside.getByText('Disputed', { exact: true })).toBeVisible();
    await expect(aside.getByRole('heading', { level: 4, name: 'History' })).toBeVisible();
    const events = aside.locator('ol.history > li');
    expect(await events.count()).toBeGreaterThanOrEqual(5);
    await expect(events.first().locator('.event-date')).toHaveText(/2018/);
    await expect(aside.getByText('Saratov comes up as the candidate')).toBeVisible();
    // Nothing German leaks into the English page.
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('heading', { name: /^Cities \(\d+\)$/ })).toBeVisible();
    await expect(aside).not.toContainText('Geschichte');
    await expect(page.locator('.city-button[aria-current="true"]')).toHaveAttribute(
      'data-place-id',
      'saratov',
    );
    await waitForMapIdle(page);
    expect(await featureState(page, 'places', 'saratov')).toMatchObject({ selected: true });
    expect(problems.pageErrors).toEqual([]);
  });

  test('the Kyiv panel shows facts, dated history and numbered sources', async ({ page }) => {
    await openApp(page, 'city=kyiv');
    const aside = page.getByRole('complementary', { name: 'Details zu Kiew' });
    await expect(aside.getByRole('heading', { level: 2 })).toHaveText('Kiew');

    const facts = aside.locator('section.relation dl.facts').first();
    for (const term of ['Beginn', 'Art', 'Status']) {
      await expect(facts.locator('dt', { hasText: new RegExp(`^${term}$`) })).toHaveCount(1);
    }
    await expect(aside.locator('dl.facts dt', { hasText: /^Land$/ })).toHaveCount(1);
    await expect(aside.locator('dl.facts dd').first()).toHaveText('Ukraine');
    await expect(facts).toContainText('Städtepartnerschaft');
    await expect(facts).toContainText('Aktiv');
    await expect(aside.locator('p.summary').first()).toContainText('Partnerstadt');

    await expect(aside.getByRole('heading', { level: 4, name: 'Geschichte' })).toBeVisible();
    const events = aside.locator('ol.history > li');
    expect(await events.count()).toBeGreaterThan(3);
    for (const date of await events.locator('.event-date').allTextContents()) {
      expect(date, 'every event has a date').toMatch(/\d{4}/);
    }
    await expect(aside.getByText('Umstritten', { exact: true }).first()).toBeVisible();

    // Every footnote points at an entry of the source list; external links open safely.
    const refs = aside.locator('.source-refs a');
    expect(await refs.count()).toBeGreaterThan(3);
    await expect(refs.first()).toHaveText('[1]');
    const sources = aside.getByRole('region', { name: 'Quellen' }).locator('ol.source-list > li');
    const sourceIds = await sources.evaluateAll((items) => items.map((item) => `#${item.id}`));
    for (const href of await refs.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
      expect(sourceIds, `footnote ${href} has a source entry`).toContain(href);
    }
    const external = sources.locator('a[href^="http"]');
    expect(await external.count()).toBeGreaterThan(0);
    for (const link of await external.all()) {
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }

    // Following a footnote lands on its source.
    await refs.first().click();
    await expect.poll(() => new URL(page.url()).hash).toMatch(/^#source-/);
    await expect(aside.locator('ol.source-list > li:target')).toHaveCount(1);
  });

  test('invalid and hostile parameters are ignored, valid ones applied', async ({ page }) => {
    const problems = recordProblems(page);
    await page.goto(
      '/?status=paused,bogus&type=nonsense&city=%3Cscript%3Ealert(1)%3C%2Fscript%3E&lang=xx&country=r',
    );
    await expect(page.getByRole('heading', { name: 'Städte (1)' })).toBeVisible({ timeout: 30_000 });
    await waitForMapIdle(page);

    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('button', { name: 'Deutsch' })).toHaveAttribute('aria-pressed', 'true');
    await expect(statusChip(page, 'Ausgesetzt')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('group', { name: 'Status' }).locator('[aria-pressed="true"]')).toHaveCount(1);
    await expect(
      page.getByRole('group', { name: 'Art der Beziehung' }).locator('[aria-pressed="true"]'),
    ).toHaveCount(0);
    await expect(page.getByLabel('Land', { exact: true })).toHaveValue('');
    await expect(cityButtons(page)).toHaveCount(1);
    await expect(cityButtons(page)).toHaveAttribute('data-place-id', 'moscow');
    expect((await sourceFeatureIds(page, 'places')).sort()).toEqual(['leipzig', 'moscow']);

    await expect(panel(page)).toHaveCount(0);
    await expect(page.getByRole('complementary', { name: /^Details/ })).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(await page.locator('script:not([src])').count(), 'no inline script got into the page').toBe(0);
    await expect(page.locator('body')).not.toContainText('alert(1)');
    expect(problems.dialogs).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  test('back and forward walk through the selections', async ({ page }) => {
    await openApp(page);
    const heading = panel(page).getByRole('heading', { level: 2 });

    await page.locator('.city-button[data-place-id="kyiv"]').click();
    await expect(heading).toHaveText('Kiew');
    await page.locator('.city-button[data-place-id="moscow"]').click();
    await expect(heading).toHaveText('Moskau');
    await expect.poll(() => searchParams(page).get('city')).toBe('moscow');

    await page.goBack();
    await expect(heading).toHaveText('Kiew');
    expect(searchParams(page).get('city')).toBe('kyiv');
    await expect(page.locator('.city-button[aria-current="true"]')).toHaveAttribute('data-place-id', 'kyiv');

    await page.goBack();
    await expect(panel(page)).toHaveCount(0);
    expect(searchParams(page).get('city')).toBeNull();
    await expect(page.locator('.city-button[aria-current="true"]')).toHaveCount(0);

    await page.goForward();
    await expect(heading).toHaveText('Kiew');
    expect(searchParams(page).get('city')).toBe('kyiv');
    await waitForMapIdle(page);
    await expect.poll(() => featureState(page, 'places', 'kyiv')).toMatchObject({ selected: true });
    expect(await featureState(page, 'places', 'moscow')).not.toMatchObject({ selected: true });
  });

  test('back restores a filter, and the language switch keeps the selection', async ({ page }) => {
    await openApp(page, 'city=kyiv');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => searchParams(page).get('lang')).toBe('en');
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kyiv');
    expect(searchParams(page).get('city')).toBe('kyiv');

    await page
      .getByRole('group', { name: 'Status' })
      .getByRole('button', { name: /^\W*Paused\W*\d+$/ })
      .click();
    await expect(cityButtons(page)).toHaveCount(1);
    await page.goBack();
    await expect(cityButtons(page)).not.toHaveCount(1);
    expect(searchParams(page).get('status')).toBeNull();
    await page.goBack();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kiew');
  });
});
