import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { openApp, panel, searchParams } from './support/app';
import { expectNoWcagViolations } from './support/axe';
import { waitForMapIdle } from './support/map';

/** The country cells of the table, top to bottom. */
async function countryColumn(page: Page): Promise<string[]> {
  return page.locator('.city-table tbody tr td:nth-child(2)').allTextContents();
}

/** Whether the page itself (not a region inside it) can scroll sideways. */
async function pageScrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth > root.clientWidth;
  });
}

test.describe('city table', () => {
  test('switch to the table, sort by country, open a city from it; focus comes back', async ({ page }) => {
    await openApp(page);
    const toggle = page.getByRole('button', { name: 'Als Tabelle zeigen' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => searchParams(page).get('list')).toBe('table');
    const table = page.getByRole('table', { name: /^Angezeigte Städte: \d+ von \d+, Stand / });
    await expect(table).toBeVisible();
    const rows = await table.locator('tbody tr').count();
    await expect(page.getByRole('heading', { level: 2, name: `Städte (${rows})` })).toBeVisible();

    const country = table.getByRole('columnheader', { name: /^Land/ });
    await country.getByRole('button').click();
    await expect(country).toHaveAttribute('aria-sort', 'ascending');
    await expect.poll(() => searchParams(page).get('sort')).toBe('country');
    const ascending = await countryColumn(page);
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, 'de')));

    // The second press from the keyboard turns the order around.
    await country.getByRole('button').press('Enter');
    await expect(country).toHaveAttribute('aria-sort', 'descending');
    await expect.poll(() => searchParams(page).get('sort')).toBe('-country');
    expect(await countryColumn(page)).toEqual([...ascending].reverse());

    const kyiv = table.getByRole('button', { name: 'Kiew', exact: true });
    await kyiv.focus();
    await page.keyboard.press('Enter');
    const aside = page.getByRole('complementary', { name: 'Details zu Kiew' });
    await expect(aside.getByRole('heading', { level: 2, name: 'Kiew' })).toBeFocused();
    await expect.poll(() => searchParams(page).get('city')).toBe('kyiv');
    await expect(kyiv).toHaveAttribute('aria-current', 'true');

    await page.keyboard.press('Escape');
    await expect(panel(page)).toHaveCount(0);
    await expect(kyiv).toBeFocused();
    expect(searchParams(page).get('list')).toBe('table');
  });

  test('axe finds no WCAG 2.1 A/AA violation in the table view', async ({ page }, testInfo) => {
    await openApp(page, 'list=table&sort=-since');
    await expect(page.getByRole('columnheader', { name: /^Seit/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expectNoWcagViolations(page, testInfo, 'table');
  });

  test('on a 390 px phone, in Ukrainian and dark, the table scrolls inside its own region', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, 'list=table&lang=uk&theme=dark');
    const region = page.getByRole('region', { name: /^Станом на .* показано міст:/ });
    await expect(region).toBeVisible();
    expect(await pageScrollsSideways(page)).toBe(false);
    const { scrollWidth, clientWidth } = await region.evaluate((element) => ({
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
    }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    // The region takes focus, so the keyboard can scroll it.
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    expect(await pageScrollsSideways(page)).toBe(false);
    await expectNoWcagViolations(page, testInfo, 'table-phone-uk-dark');
  });

  test('embedded at 360×640, the list section shows the table and passes axe', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('/?embed=1&list=table&lang=ru');
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Список', exact: true }).click();
    const table = page.getByRole('table', { name: /^По состоянию на .* показано городов:/ });
    await expect(table).toBeVisible();
    expect(await pageScrollsSideways(page)).toBe(false);
    await table
      .getByRole('columnheader', { name: /^Статус/ })
      .getByRole('button')
      .click();
    await expect(table.getByRole('columnheader', { name: /^Статус/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expectNoWcagViolations(page, testInfo, 'table-embed-ru');
  });
});
