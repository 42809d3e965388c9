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
  const cdp = await context.newCDPSession(page);
  const responses = new Map<string, { url: string; mimeType: string; bytes: number }>();
  cdp.on('Network.responseReceived', ({ requestId, response }) =>
    responses.set(requestId, { url: response.url, mimeType: response.mimeType, bytes: 0 }),
  );
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const entry = responses.get(requestId);
    if (entry) entry.bytes = encodedDataLength;
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
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
  await cdp.detach();
  return {
    sample: {
      bytes: splitBytes([...responses.values()]),
      textMs: spec.hasText ? marks.text : undefined,
      drawnMs: marks.drawn ?? NaN,
      longTaskMs,
    },
    page,
    context,
  };
}
