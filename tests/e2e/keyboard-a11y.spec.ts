import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { openApp, panel, searchParams } from './support/app';

/** What has focus: enough to tell elements apart in a failure message. */
async function focused(
  page: Page,
): Promise<{ tag: string; text: string; placeId: string | null; className: string }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      text: (element?.textContent ?? '').trim().slice(0, 60),
      placeId: element?.getAttribute('data-place-id') ?? null,
      className: element?.getAttribute('class') ?? '',
    };
  });
}

test.describe('keyboard', () => {
  test('skip link, city list, Enter opens the panel, Escape returns focus', async ({ page }) => {
    await openApp(page);

    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Zur Städteliste springen' });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe('#city-list');

    // The next Tab lands in the list section (its table toggle, then the cities), not back at the top.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Als Tabelle zeigen' })).toBeFocused();
    await page.keyboard.press('Tab');
    expect((await focused(page)).className, JSON.stringify(await focused(page))).toBe('city-button');

    // Walk the list with Tab until Kyiv.
    let current = await focused(page);
    for (let step = 0; step < 80 && current.placeId !== 'kyiv'; step += 1) {
      expect(current.className, `left the list at step ${step}: ${JSON.stringify(current)}`).toBe(
        'city-button',
      );
      await page.keyboard.press('Tab');
      current = await focused(page);
    }
    const kyivButton = page.locator('.city-button[data-place-id="kyiv"]');
    await expect(kyivButton).toBeFocused();

    await page.keyboard.press('Enter');
    const aside = page.getByRole('complementary', { name: 'Details zu Kiew' });
    await expect(aside).toBeVisible();
    await expect(aside.getByRole('heading', { level: 2, name: 'Kiew' })).toBeFocused();
    await expect.poll(() => searchParams(page).get('city')).toBe('kyiv');
    await expect(kyivButton).toHaveAttribute('aria-current', 'true');

    // Tab from the heading reaches the close button.
    await page.keyboard.press('Tab');
    await expect(aside.getByRole('button', { name: 'Schließen' })).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(panel(page)).toHaveCount(0);
    await expect(kyivButton).toBeFocused();
    await expect.poll(() => searchParams(page).get('city')).toBeNull();
  });

  test('the close button returns focus to the button that opened the panel', async ({ page }) => {
    await openApp(page);
    const moscow = page.locator('.city-button[data-place-id="moscow"]');
    await moscow.focus();
    await page.keyboard.press('Enter');
    const aside = page.getByRole('complementary', { name: 'Details zu Moskau' });
    await expect(aside.getByRole('heading', { level: 2 })).toBeFocused();
    await aside.getByRole('button', { name: 'Schließen' }).press('Enter');
    await expect(aside).toHaveCount(0);
    await expect(moscow).toBeFocused();
  });

  test('filter chips toggle with Space and say so with aria-pressed', async ({ page }) => {
    await openApp(page);
    const chip = page
      .getByRole('group', { name: 'Status' })
      .getByRole('button', { name: /^\W*Ausgesetzt\W*\d+$/ });
    await chip.focus();
    await page.keyboard.press('Space');
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await expect(chip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(chip).toHaveAttribute('aria-pressed', 'false');
  });
});
