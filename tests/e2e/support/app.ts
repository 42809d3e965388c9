import { expect, type Locator, type Page } from '@playwright/test';
import { waitForMapIdle } from './map';
import { APP_PORT } from './ports';

/** Where `vite preview` serves the built app (see playwright.config.ts). */
export const APP_ORIGIN = `http://127.0.0.1:${APP_PORT}`;

/** Opens the app with a query string (without "?") and waits for the data and an idle map. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(query ? `/?${query}` : '/');
  await waitForApp(page);
}

/** Waits for the data to be shown and the map to be idle. */
export async function waitForApp(page: Page): Promise<void> {
  await expect(
    page.getByRole('heading', { level: 2, name: /^(Städte|Cities|Міста|Города) \(\d+\)$/ }),
  ).toBeVisible({
    timeout: 30_000,
  });
  await waitForMapIdle(page);
}

/** Everything that went wrong in the page: console errors and uncaught exceptions. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
}

/** Starts recording console errors, page errors and dialogs (dialogs are dismissed). Call before goto. */
export function recordProblems(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], dialogs: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const where = message.location();
      problems.consoleErrors.push(`${message.text()} (${where.url}:${where.lineNumber})`);
    }
  });
  page.on('pageerror', (error) => problems.pageErrors.push(`${error.name}: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}

/** Starts recording the URL of every request the page makes. Call before goto. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** The requests that left the app's origin (data: and blob: URLs stay in the page and are fine). */
export function foreignRequests(urls: readonly string[]): string[] {
  return urls.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    try {
      return new URL(url).origin !== APP_ORIGIN;
    } catch {
      return true;
    }
  });
}

/** The query parameters of the page's current URL. */
export function searchParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** The side panel (German or English label). */
export function panel(page: Page): Locator {
  return page.locator('aside.panel');
}

/** The status filter chips, found by their leading label (the name ends with a count). */
export function statusChip(page: Page, label: string): Locator {
  return page
    .getByRole('group', { name: /^(Status)$/ })
    .getByRole('button', { name: new RegExp(`^\\W*${label}\\W*\\d+$`) });
}

/** The city list's buttons. */
export function cityButtons(page: Page): Locator {
  return page.locator('#city-list .city-button');
}

/** The ids of the cities in the list, in list order. */
export async function listedPlaceIds(page: Page): Promise<string[]> {
  return cityButtons(page).evaluateAll((buttons) =>
    buttons.map((button) => button.getAttribute('data-place-id') ?? ''),
  );
}
