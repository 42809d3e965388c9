import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { splitBytes, type ByteSplit } from '../report/bytes';
import type { PageSpec } from './pages';

const PROBE = fileURLToPath(new URL('./page-probe.js', import.meta.url));

/** The viewport the figures were measured at. */
export const VIEWPORT = { width: 1280, height: 720 };

/** One fresh page load: what it moved, when its text and its map were there, and its long tasks. */
export interface LoadSample {
  bytes: ByteSplit;
  textMs: number | undefined;
  drawnMs: number;
  longTaskMs: number;
}

export interface LoadedPage {
  sample: LoadSample;
  page: Page;
  context: BrowserContext;
}

interface Marks {
  text?: number;
  drawn?: number;
}

/** Loads `url` in a fresh context (empty cache) and waits for the map drawn and the network quiet. */
export async function loadPage(
  browser: Browser,
  spec: PageSpec,
  url: string,
  timeoutMs: number,
): Promise<LoadedPage> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ path: PROBE });
  const page = await context.newPage();
  // Playwright's events, not the page's CDP Network domain: that one misses what MapLibre's worker
  // fetches (the vector tiles), which made the app's first view look lighter than it is.
  const responses: Promise<{ url: string; mimeType: string; bytes: number }>[] = [];
  context.on('requestfinished', (request) => {
    responses.push(
      Promise.all([request.sizes(), request.response()]).then(([sizes, response]) => ({
        url: request.url(),
        mimeType: response?.headers()['content-type'] ?? '',
        // As on the wire: headers plus the body as encoded (compressed).
        bytes: sizes.responseHeadersSize + sizes.responseBodySize,
      })),
    );
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    (needsText) => {
      const marks = (window as unknown as { __bench?: { marks: Marks } }).__bench?.marks;
      return marks?.drawn !== undefined && (!needsText || marks.text !== undefined);
    },
    spec.hasText,
    { timeout: timeoutMs, polling: 100 },
  );
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  const { marks, longTaskMs } = await page.evaluate(() => {
    const bench = (window as unknown as { __bench: { marks: Marks; longTasks: { duration: number }[] } })
      .__bench;
    return { marks: bench.marks, longTaskMs: bench.longTasks.reduce((sum, task) => sum + task.duration, 0) };
  });
  const finished = await Promise.all(responses);
  return {
    sample: {
      bytes: splitBytes(finished),
      textMs: spec.hasText ? marks.text : undefined,
      drawnMs: marks.drawn ?? NaN,
      longTaskMs,
    },
    page,
    context,
  };
}
