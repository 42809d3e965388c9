import type { Page } from '@playwright/test';
import { ru } from '../../src/i18n/messages/ru';
import { uk } from '../../src/i18n/messages/uk';
import { expect, test } from './support/test';
import { openApp, panel } from './support/app';
import { elementsOutsideViewport, pageWidth, undersizedTargets } from './support/layout';
import { waitForMapIdle } from './support/map';

/**
 * WCAG 1.4.10: 320 CSS px wide, and 400 % zoom of a 1280×1024 window, which leaves a viewport of
 * 320×256 CSS px. Each in a language whose longer words are the likelier to overflow.
 */
const VIEWPORTS = [
  { name: '320 px', size: { width: 320, height: 640 }, lang: 'uk' },
  { name: '400 % zoom', size: { width: 320, height: 256 }, lang: 'ru' },
] as const;

type Lang = (typeof VIEWPORTS)[number]['lang'];
const MESSAGES = { uk, ru } as const;
const text = (lang: Lang) => MESSAGES[lang];

/** Neither the page nor any of its content reaches past the viewport's sides. */
async function expectReflow(page: Page, state: string): Promise<void> {
  expect(await elementsOutsideViewport(page), `${state}: content outside the viewport`).toEqual([]);
  const width = await pageWidth(page);
  expect(width.scrollWidth, `${state}: page scrolls sideways (${JSON.stringify(width)})`).toBeLessThanOrEqual(
    width.clientWidth,
  );
}

async function expectTargets(page: Page, state: string): Promise<void> {
  expect(await undersizedTargets(page), `${state}: targets under 24×24 px without spacing`).toEqual([]);
}

for (const { name, size, lang } of VIEWPORTS) {
  test.describe(`reflow at ${name} (${lang})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize(size);
    });

    test('default view: no sideways scrolling, no content cut off, targets of 24 px', async ({ page }) => {
      await openApp(page, `lang=${lang}`);
      await expectReflow(page, 'default');
      await expectTargets(page, 'default');
      // The download menu drops down from a button that may sit anywhere in the wrapped header.
      await page.getByRole('button', { name: text(lang).download.button }).click();
      await expect(page.getByRole('group', { name: text(lang).download.heading })).toBeVisible();
      await expectReflow(page, 'download menu');
      await expectTargets(page, 'download menu');
    });

    test('with the Kyiv panel open', async ({ page }) => {
      await openApp(page, `lang=${lang}&city=kyiv`);
      await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
      await waitForMapIdle(page);
      await expectReflow(page, 'panel');
      await expectTargets(page, 'panel');
    });

    test('with the share dialog and then the accessibility statement open', async ({ page }) => {
      await openApp(page, `lang=${lang}`);
      await page.getByRole('button', { name: text(lang).embed.share, exact: true }).click();
      const share = page.getByRole('dialog', { name: text(lang).share.heading });
      await expect(share).toBeVisible();
      await expectReflow(page, 'share dialog');
      await expectTargets(page, 'share dialog');
      await page.keyboard.press('Escape');
      await expect(share).toBeHidden();

      await page.getByRole('button', { name: text(lang).accessibility.open, exact: true }).click();
      const statement = page.getByRole('dialog', { name: text(lang).accessibility.heading });
      await expect(statement).toBeVisible();
      await expectReflow(page, 'statement');
      await expectTargets(page, 'statement');
    });

    test('embedded, with the filters and then the panel open', async ({ page }) => {
      await page.goto(`/?lang=${lang}&embed=1`);
      await waitForMapIdle(page);
      await page.getByRole('button', { name: text(lang).embed.filters }).click();
      await expect(page.locator('#embed-filters')).toBeVisible();
      await expectReflow(page, 'embed filters');
      await expectTargets(page, 'embed filters');
      await page.getByRole('button', { name: text(lang).embed.list }).click();
      await page.locator('.city-button[data-place-id="kyiv"]').click();
      await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
      await expectReflow(page, 'embed panel');
      await expectTargets(page, 'embed panel');
    });
  });
}

test('desktop: every target is 24×24 px or spaced, with the panel and the comparison open', async ({
  page,
}) => {
  await openApp(page, 'city=moscow&from=2022-02-23');
  await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
  await expectTargets(page, 'desktop');
  await expectReflow(page, 'desktop');
});
