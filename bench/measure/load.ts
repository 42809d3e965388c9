import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page, Request } from '@playwright/test';
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

/**
 * What one response moved: headers plus the body as encoded (compressed). Chromium at times reports
 * a fetch the page read in full as aborted (net::ERR_ABORTED) rather than finished; its sizes are
 * still right when the server sent a Content-Length (the bench server does, for files), so failed
 * requests count too, and a request still open after 2 s counts with what its headers announce.
 */
async function wireBytes(
  request: Request,
): Promise<{ url: string; mimeType: string; bytes: number } | undefined> {
  const response = await request.response();
  if (!response) return undefined;
  await Promise.race([response.finished(), new Promise((done) => setTimeout(done, 2000))]);
  const headers = response.headers();
  const sizes = await request.sizes().catch(() => undefined);
  const announced = Number(headers['content-length'] ?? NaN);
  const body = sizes?.responseBodySize || (Number.isFinite(announced) ? announced : 0);
  return {
    url: request.url(),
    mimeType: headers['content-type'] ?? '',
    bytes: (sizes?.responseHeadersSize ?? 0) + body,
  };
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
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
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
  const finished = (await Promise.all(requests.map(wireBytes))).filter((entry) => entry !== undefined);
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
