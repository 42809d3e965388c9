import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { openApp, recordProblems, recordRequests } from './support/app';

const fontFile = (url: string) => new URL(url).pathname.split('/').pop() ?? '';

/** The label fonts the page asked for ahead of MapLibre (`<link rel="preload" as="fetch">`). */
function preloadedFonts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')]
      .filter((link) => link.href.endsWith('.woff2'))
      .map((link) => link.href),
  );
}

test.describe('label fonts', () => {
  for (const { lang, script } of [
    { lang: '', script: 'latin' },
    { lang: 'lang=uk', script: 'cyrillic' },
  ]) {
    test(`are asked for once, before MapLibre needs them (${lang || 'default view'})`, async ({ page }) => {
      const requests = recordRequests(page);
      const problems = recordProblems(page);
      await openApp(page, lang);
      const fonts = requests.filter((url) => url.endsWith('.woff2')).map(fontFile);
      const preloaded = (await preloadedFonts(page)).map(fontFile);
      expect(preloaded).toEqual(expect.arrayContaining([expect.stringContaining(`-${script}-400-`)]));
      // MapLibre's own fetch took the preloaded file over: each file came once, and nothing else.
      expect(fonts.toSorted()).toEqual(preloaded.toSorted());
      expect(problems.consoleErrors).toEqual([]);
    });
  }
});
