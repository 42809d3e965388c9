import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { openApp, statusChip } from './support/app';
import { waitForMapIdle } from './support/map';

/** One change of a live region's text, as a screen reader would hear it. */
interface Announcement {
  region: string;
  text: string;
}

interface RecordingWindow {
  announcements: Announcement[];
}

/**
 * Records, from now on, every change of text in any live region of the page (explicit aria-live,
 * or the polite/assertive default of role status, alert, log and <output>), including regions
 * that appear with text. Read the record with `announcements`.
 */
async function recordAnnouncements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log: Announcement[] = [];
    (window as unknown as RecordingWindow).announcements = log;
    const isLive = (element: Element) => {
      const live = element.getAttribute('aria-live');
      if (live !== null) return live !== 'off';
      const role = element.getAttribute('role') ?? (element.tagName === 'OUTPUT' ? 'status' : '');
      return ['status', 'alert', 'log'].includes(role);
    };
    const regions = () =>
      [
        ...document.querySelectorAll('[aria-live], [role="status"], [role="alert"], [role="log"], output'),
      ].filter(isLive);
    const seen = new Map<Element, string>(regions().map((element) => [element, element.textContent]));
    new MutationObserver(() => {
      for (const element of regions()) {
        const text = element.textContent.trim();
        if (seen.get(element)?.trim() !== text && text !== '') {
          log.push({ region: element.id || element.className || element.tagName, text });
        }
        seen.set(element, text);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

function announcements(page: Page): Promise<Announcement[]> {
  return page.evaluate(() => [...(window as unknown as RecordingWindow).announcements]);
}

test.describe('announcements', () => {
  test('a filter change is announced once, by the map summary', async ({ page }) => {
    await openApp(page);
    await recordAnnouncements(page);
    await statusChip(page, 'Ausgesetzt').click();
    await expect.poll(async () => (await announcements(page)).length).toBeGreaterThan(0);
    await waitForMapIdle(page);
    const heard = await announcements(page);
    expect(heard, JSON.stringify(heard)).toHaveLength(1);
    expect(heard[0]?.region).toBe('map-summary');
    expect(heard[0]?.text).toMatch(/^1 von \d+ Beziehungen auf der Karte: 1 ausgesetzt; Stand /);
  });

  test('a date change is announced once, with the comparison open too', async ({ page }) => {
    await openApp(page, 'at=2020-06-01&from=2014-01-01');
    await recordAnnouncements(page);
    await page.getByRole('button', { name: 'Ein Jahr zurück' }).click();
    await expect.poll(async () => (await announcements(page)).length).toBeGreaterThan(0);
    await waitForMapIdle(page);
    const heard = await announcements(page);
    expect(heard, JSON.stringify(heard)).toHaveLength(1);
    expect(heard[0]?.region).toBe('map-summary');
    expect(heard[0]?.text).toMatch(/Stand 31\. Dezember 2019$/);
  });

  test('playback is quiet and announces where it stopped, once', async ({ page }) => {
    await openApp(page, 'at=1995-06-01');
    await recordAnnouncements(page);
    const readout = page.locator('.time-readout');
    await page.getByRole('button', { name: 'Abspielen' }).click();
    // Two steps of playback: the visible date moves on, the live regions stay silent.
    await expect(readout).toContainText('1996');
    await expect(readout).toContainText('1997');
    expect(await announcements(page)).toEqual([]);
    await page.getByRole('button', { name: 'Anhalten' }).click();
    await expect.poll(async () => (await announcements(page)).length).toBeGreaterThan(0);
    await waitForMapIdle(page);
    const heard = await announcements(page);
    expect(heard, JSON.stringify(heard)).toHaveLength(1);
    expect(heard[0]?.region).toBe('map-summary');
    const stoppedAt = ((await readout.textContent()) ?? '').match(/\d{4}/)?.[0] ?? 'none';
    expect(heard[0]?.text).toContain(stoppedAt);
  });
});
