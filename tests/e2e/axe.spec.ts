import type { Page } from '@playwright/test';
import { de } from '../../src/i18n/messages/de';
import { en } from '../../src/i18n/messages/en';
import { ru } from '../../src/i18n/messages/ru';
import { uk } from '../../src/i18n/messages/uk';
import { expect, test } from './support/test';
import { openApp, panel } from './support/app';
import { expectNoWcagViolations } from './support/axe';
import { waitForMapIdle } from './support/map';

/**
 * Every state the accessibility statement's claim rests on, checked with every WCAG 2.1 A/AA
 * rule of axe-core (not only the serious ones): zero violations each.
 */

const MESSAGES = { de, en, uk, ru } as const;
const LANGUAGES = ['de', 'en', 'uk', 'ru'] as const;

async function expectPanel(page: Page, name: string): Promise<void> {
  await expect(page.getByRole('complementary', { name })).toBeVisible();
  await waitForMapIdle(page);
}

test.describe('axe: zero WCAG 2.1 A/AA violations', () => {
  for (const lang of LANGUAGES) {
    const text = MESSAGES[lang];
    test(`${lang}: default view`, async ({ page }, testInfo) => {
      await openApp(page, `lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectNoWcagViolations(page, testInfo, `default-${lang}`);
    });

    test(`${lang}: accessibility statement`, async ({ page }, testInfo) => {
      await openApp(page, `lang=${lang}`);
      await page.getByRole('button', { name: text.accessibility.open, exact: true }).click();
      await expect(page.getByRole('dialog', { name: text.accessibility.heading })).toBeVisible();
      await expectNoWcagViolations(page, testInfo, `statement-${lang}`);
    });
  }

  test('panel open (Kyiv)', async ({ page }, testInfo) => {
    await openApp(page, 'city=kyiv');
    await expectPanel(page, 'Details zu Kiew');
    await expectNoWcagViolations(page, testInfo, 'kyiv-panel');
  });

  test('panel open in Ukrainian (Moscow)', async ({ page }, testInfo) => {
    await openApp(page, 'lang=uk&city=moscow');
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Москва');
    await waitForMapIdle(page);
    await expectNoWcagViolations(page, testInfo, 'moscow-uk');
  });

  test('home overview open (Leipzig, English)', async ({ page }, testInfo) => {
    await openApp(page, 'city=leipzig&lang=en');
    await expectPanel(page, 'Details about Leipzig');
    await expectNoWcagViolations(page, testInfo, 'en-leipzig-overview');
  });

  test('phone with the panel open', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, 'city=kyiv');
    await expectPanel(page, 'Details zu Kiew');
    await expectNoWcagViolations(page, testInfo, 'phone-kyiv-panel');
  });

  test('filtered, at a past date, with the comparison open', async ({ page }, testInfo) => {
    await openApp(page, 'status=active,paused&country=RU,UA&at=2014-05-01&from=2010-01-01');
    await expect(page.locator('.chip[aria-pressed="true"]')).toHaveCount(2);
    await expectNoWcagViolations(page, testInfo, 'filtered');
  });

  test('filtered to nothing', async ({ page }, testInfo) => {
    await openApp(page, 'q=atlantis-xyz');
    await expect(page.getByText('Keine Stadt passt zu den Filtern.')).toBeVisible();
    await expectNoWcagViolations(page, testInfo, 'filtered-empty');
  });

  test('share dialog open', async ({ page }, testInfo) => {
    await openApp(page);
    await page.getByRole('button', { name: de.embed.share, exact: true }).click();
    await expect(page.getByRole('dialog', { name: de.share.heading })).toBeVisible();
    await expectNoWcagViolations(page, testInfo, 'share-dialog');
  });

  test('map canvas with keyboard focus and a city marked', async ({ page }, testInfo) => {
    await openApp(page);
    await page.locator('canvas.maplibregl-canvas').focus();
    await page.keyboard.press('n');
    await expect(page.getByTestId('map-keyboard-status')).not.toBeEmpty();
    await expect(page.locator('.map-keyboard-hint')).toBeVisible();
    await waitForMapIdle(page);
    await expectNoWcagViolations(page, testInfo, 'keyboard-map');
  });

  // Colour contrast is one of the rules, so this checks the dark theme's contrast (text and controls).
  test('dark theme with the Moscow panel and the comparison', async ({ page }, testInfo) => {
    await openApp(page, 'theme=dark&city=moscow&from=2022-02-23');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectPanel(page, 'Details zu Moskau');
    await expectNoWcagViolations(page, testInfo, 'dark-moscow');
  });

  test('dark theme, default view', async ({ page }, testInfo) => {
    await openApp(page, 'theme=dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectNoWcagViolations(page, testInfo, 'dark-default');
  });

  test('embedded at 360×640: map, then the list and a panel', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('/?embed=1');
    await waitForMapIdle(page);
    await expectNoWcagViolations(page, testInfo, 'embed-360x640');
    await page.getByRole('button', { name: 'Liste' }).click();
    const kyiv = page.locator('#city-list .city-button[data-place-id="kyiv"]');
    await kyiv.scrollIntoViewIfNeeded();
    await kyiv.click();
    await expectPanel(page, 'Details zu Kiew');
    await expectNoWcagViolations(page, testInfo, 'embed-360x640-panel');
    await page.keyboard.press('Escape');
    await expect(kyiv).toBeFocused();
  });
});
