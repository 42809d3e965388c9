import { test as base, expect } from '@playwright/test';
import { APP_ORIGIN } from './app';
import { HOST_PORT, SUBPATH_PORT } from './ports';

/**
 * Checked after every test that imports `test` from here: no request left the page's origin
 * (the test servers for the embed host page and the sub-path count as the site), no cookie was
 * set, and web storage holds nothing but the documented preference. A separate file from other
 * per-test checks so that fixtures can be combined with `mergeTests`.
 */

/** The one documented key (src/state/basemap-consent.ts, README "Privacy"). */
const DOCUMENTED_STORAGE_KEYS = ['city-relations-map:remote-basemap'];

const SITE_ORIGINS = [APP_ORIGIN, `http://127.0.0.1:${HOST_PORT}`, `http://127.0.0.1:${SUBPATH_PORT}`];

export interface NoTrackingOptions {
  /** Origins a test contacts on purpose (a faked remote basemap after the reader's consent). */
  allowedForeignOrigins: string[];
}

export const test = base.extend<NoTrackingOptions & { noTracking: string[] }>({
  allowedForeignOrigins: [[], { option: true }],
  noTracking: [
    async ({ context, allowedForeignOrigins }, use) => {
      const requests: string[] = [];
      context.on('request', (request) => requests.push(request.url()));
      await use(requests);
      const allowed = new Set([...SITE_ORIGINS, ...allowedForeignOrigins]);
      const foreign = requests.filter((url) => {
        if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return false;
        try {
          return !allowed.has(new URL(url).origin);
        } catch {
          return true;
        }
      });
      expect(foreign, 'requests that left the site').toEqual([]);
      expect(await context.cookies(), 'cookies').toEqual([]);
      for (const page of context.pages()) {
        if (page.isClosed() || !page.url().startsWith('http')) continue;
        const keys = await page
          .evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)])
          .catch(() => []);
        expect(
          keys.filter((key) => !DOCUMENTED_STORAGE_KEYS.includes(key)),
          'storage keys',
        ).toEqual([]);
      }
    },
    { auto: true },
  ],
});
