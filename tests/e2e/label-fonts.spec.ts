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

/** Records what the page's own code asks fetch() for: MapLibre loads label fonts with it. */
async function recordFetches(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const fetched: string[] = [];
    Object.defineProperty(window, '__fetched', { value: fetched });
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      fetched.push(input instanceof Request ? input.url : String(input));
      return original(input, init);
    };
  });
}

test.describe('label fonts', () => {
  for (const { lang, script } of [
    { lang: '', script: 'latin' },
    { lang: 'lang=uk', script: 'cyrillic' },
  ]) {
    test(`are preloaded, each once, exactly as MapLibre then asks for them (${lang || 'default view'})`, async ({
      page,
    }) => {
      const requests = recordRequests(page);
      const problems = recordProblems(page);
      await recordFetches(page);
      await openApp(page, lang);
      const preloaded = (await preloadedFonts(page)).map(fontFile);
      expect(preloaded).toEqual(expect.arrayContaining([expect.stringContaining(`-${script}-400-`)]));
      // MapLibre asked for every preloaded file, and for no other.
      const fetched = await page.evaluate(() =>
        (window as unknown as { __fetched: string[] }).__fetched.filter((url) => url.endsWith('.woff2')),
      );
      expect(fetched.map(fontFile).toSorted()).toEqual(preloaded.toSorted());
      // Its fetches took the preloads over: each file came over the network once.
      const downloaded = requests.filter((url) => url.endsWith('.woff2')).map(fontFile);
      expect(downloaded.toSorted()).toEqual(preloaded.toSorted());
      expect(problems.consoleErrors).toEqual([]);
    });
  }
});
