import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { openApp } from './support/app';
import { waitForMapIdle } from './support/map';

/** What the camera did while the trace ran. */
interface CameraTrace {
  /** Camera positions reported by `move` events, as "lng,lat,zoom". */
  positions: string[];
  /** Animation frames in which the map said it was moving. */
  movingFrames: number;
  moveEnds: number;
}

interface TracedMap {
  on(type: 'move' | 'moveend', listener: () => void): unknown;
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  isMoving(): boolean;
  getStyle(): { transition?: { duration?: number } };
}

interface TraceWindow {
  cameraTrace: CameraTrace;
}

/** Starts recording every camera position and every animation frame in which the map is moving. */
async function traceCamera(page: Page): Promise<void> {
  await page.evaluate(() => {
    const host = document.querySelector<Element & { maplibreMap?: TracedMap }>('.maplibregl-map');
    const map = host?.maplibreMap;
    if (!map) throw new Error('map not ready');
    const trace: CameraTrace = { positions: [], movingFrames: 0, moveEnds: 0 };
    (window as unknown as TraceWindow).cameraTrace = trace;
    map.on('move', () => {
      const { lng, lat } = map.getCenter();
      trace.positions.push(`${lng.toFixed(4)},${lat.toFixed(4)},${map.getZoom().toFixed(3)}`);
    });
    map.on('moveend', () => {
      trace.moveEnds += 1;
    });
    const sample = () => {
      if (map.isMoving()) trace.movingFrames += 1;
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
}

function cameraTrace(page: Page): Promise<CameraTrace> {
  return page.evaluate(() => ({ ...(window as unknown as TraceWindow).cameraTrace }));
}

function styleTransition(page: Page): Promise<number | undefined> {
  return page.evaluate(() => {
    const host = document.querySelector<Element & { maplibreMap?: TracedMap }>('.maplibregl-map');
    return host?.maplibreMap?.getStyle().transition?.duration;
  });
}

/** Opens Kyiv from the city list (the camera frames it), then waits for the camera to settle. */
async function openKyivAndSettle(page: Page): Promise<CameraTrace> {
  await page.locator('.city-button[data-place-id="kyiv"]').click();
  await expect(page.getByRole('complementary', { name: 'Details zu Kiew' })).toBeVisible();
  await expect.poll(async () => (await cameraTrace(page)).moveEnds).toBeGreaterThan(0);
  await waitForMapIdle(page);
  return cameraTrace(page);
}

test.describe('prefers-reduced-motion', () => {
  // The control: without the preference the camera flies, so the checks below can tell the two apart.
  test('without it, the camera eases through intermediate positions', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await openApp(page);
    await traceCamera(page);
    const trace = await openKyivAndSettle(page);
    expect(new Set(trace.positions).size, JSON.stringify(trace)).toBeGreaterThan(2);
    expect(trace.movingFrames).toBeGreaterThan(0);
    expect(await styleTransition(page)).toBeGreaterThan(0);
  });

  test('with it, the camera jumps, arrow keys jump, and status colours do not fade', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openApp(page);
    await traceCamera(page);

    // Selecting a city: one position, the final one; no frame ever sees the map moving.
    const trace = await openKyivAndSettle(page);
    expect(new Set(trace.positions).size, JSON.stringify(trace)).toBe(1);
    expect(trace.movingFrames).toBe(0);

    // MapLibre's own arrow-key panning obeys the preference too.
    // Closing the panel widens the map (a resize at the same centre): the pan is traced from after it.
    await page.keyboard.press('Escape');
    await waitForMapIdle(page);
    const beforePan = await cameraTrace(page);
    await page.locator('canvas.maplibregl-canvas').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await cameraTrace(page)).moveEnds).toBeGreaterThan(beforePan.moveEnds);
    await waitForMapIdle(page);
    const panned = await cameraTrace(page);
    expect(new Set(panned.positions.slice(beforePan.positions.length)).size, JSON.stringify(panned)).toBe(1);
    expect(panned.movingFrames).toBe(0);

    // A status that changes with the date (playback) is repainted at once, not faded.
    expect(await styleTransition(page)).toBe(0);
  });
});
