import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { openApp, panel } from './support/app';
import { expectMapNotBlank, waitForMapIdle } from './support/map';

const DIR = resolve(process.cwd(), 'test-results/screenshots');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const LANGUAGES = [
  { lang: 'de', list: 'Städte', statement: 'Barrierefreiheit', heading: 'Erklärung zur Barrierefreiheit' },
  { lang: 'en', list: 'Cities', statement: 'Accessibility', heading: 'Accessibility statement' },
  { lang: 'uk', list: 'Міста', statement: 'Доступність', heading: 'Заява про доступність' },
  { lang: 'ru', list: 'Города', statement: 'Доступность', heading: 'Заявление о доступности' },
] as const;

async function shoot(page: Page, name: string): Promise<void> {
  await expectMapNotBlank(page);
  await waitForMapIdle(page);
  await page.screenshot({ path: resolve(DIR, `${name}.png`), animations: 'disabled' });
}

for (const { lang, list, statement, heading } of LANGUAGES) {
  test(`${lang}: the page speaks it`, async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await openApp(page, `lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(
      page.getByRole('heading', { level: 2, name: new RegExp(`^${list} \\(\\d+\\)$`) }),
    ).toBeVisible();
  });

  test(`${lang}: the accessibility statement opens and gives focus back`, async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await openApp(page, `lang=${lang}`);
    const opener = page.getByRole('button', { name: statement, exact: true });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: heading });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { level: 2 })).toBeFocused();
    if (lang === 'de' || lang === 'uk')
      await page.screenshot({ path: resolve(DIR, `statement-${lang}.png`) });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });
}

test('uk: a Russian-city panel with the texts in Ukrainian, no fallback note', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await openApp(page, 'lang=uk&city=moscow');
  const details = panel(page);
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Москва');
  await expect(details.getByText('Угода про співпрацю з Москвою')).toBeVisible();
  await expect(details.getByText('(англійською)')).toHaveCount(0);
  await shoot(page, 'uk-desktop-moscow-panel');
});

test('ru: a relation without Russian texts shows the English ones, marked', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await openApp(page, 'lang=ru&city=bologna');
  const details = panel(page);
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Болонья');
  const notes = details.getByText('(на английском)');
  await expect(notes.first()).toBeVisible();
  await expect(details.locator('.summary [lang="en"]')).toHaveCount(1);
});

const VIEWS = [
  { name: 'desktop-default', size: DESKTOP, query: '' },
  { name: 'desktop-kyiv-panel', size: DESKTOP, query: '&city=kyiv' },
  { name: 'desktop-moscow-panel', size: DESKTOP, query: '&city=moscow' },
  { name: 'phone-default', size: PHONE, query: '' },
  { name: 'phone-kyiv-panel', size: PHONE, query: '&city=kyiv' },
] as const;

for (const lang of ['uk', 'ru'] as const) {
  for (const view of VIEWS) {
    test(`screenshot ${lang}: ${view.name}`, async ({ page }) => {
      await page.setViewportSize(view.size);
      await openApp(page, `lang=${lang}${view.query}`);
      if (view.query) await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
      await shoot(page, `${lang}-${view.name}`);
    });
  }
}

test('screenshot: the language switcher', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await openApp(page, 'lang=ru');
  await page
    .getByRole('navigation', { name: 'Язык' })
    .screenshot({ path: resolve(DIR, 'language-switcher.png') });
});
