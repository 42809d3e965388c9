import { expect, type Page } from '@playwright/test';

/** [longitude, latitude], as in GeoJSON. */
export type LngLat = readonly [number, number];

/** Places the specs click or look at. */
export const PLACES = {
  leipzig: [12.3713, 51.3396],
  kyiv: [30.5238, 50.4547],
  moscow: [37.6156, 55.7522],
  saratov: [46.0086, 51.5406],
  bologna: [11.3387, 44.4938],
} as const satisfies Record<string, LngLat>;

/** What the specs read off a GeoJSON source: only the feature ids matter. */
interface FeatureCollectionLike {
  type: string;
  features?: { id?: string | number; properties?: Record<string, unknown> | null }[];
}

interface GeoJsonSourceLike {
  getData(): Promise<FeatureCollectionLike>;
}

/** The part of the live MapLibre map (exposed on the container as `maplibreMap`) the specs use. */
interface MapLike {
  loaded(): boolean;
  isMoving(): boolean;
  isStyleLoaded(): boolean;
  once(type: 'idle', listener: () => void): unknown;
  triggerRepaint(): void;
  project(lngLat: [number, number]): { x: number; y: number };
  getSource(id: string): GeoJsonSourceLike | undefined;
  getFeatureState(feature: { source: string; id: string }): Record<string, unknown> | undefined;
  getZoom(): number;
  jumpTo(options: { center: [number, number]; zoom: number }): unknown;
}

interface MapHost extends Element {
  maplibreMap?: MapLike;
}

const MAP_SELECTOR = '.maplibregl-map';

/** Waits until the map exists (set on load) and then until it has nothing left to load, draw or animate. */
export async function waitForMapIdle(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    (selector) => {
      const host = document.querySelector<MapHost>(selector);
      return host?.maplibreMap !== undefined;
    },
    MAP_SELECTOR,
    { timeout },
  );
  // `idle` fires after a frame in which nothing was loading or moving; a repaint makes sure
  // such a frame comes even when the map has already been idle for a while.
  await page.evaluate(
    ({ selector, ms }) =>
      new Promise<void>((resolve, reject) => {
        const map = document.querySelector<MapHost>(selector)?.maplibreMap;
        if (!map) {
          reject(new Error('map vanished'));
          return;
        }
        const timer = window.setTimeout(() => reject(new Error(`map not idle after ${ms} ms`)), ms);
        map.once('idle', () => {
          window.clearTimeout(timer);
          resolve();
        });
        map.triggerRepaint();
      }),
    { selector: MAP_SELECTOR, ms: timeout },
  );
}

/** The pixel of a coordinate, relative to the map canvas's top-left corner (CSS pixels). */
export async function projectPlace(page: Page, lngLat: LngLat): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ selector, point }) => {
      const map = document.querySelector<MapHost>(selector)?.maplibreMap;
      if (!map) throw new Error('map not ready');
      const { x, y } = map.project([point[0], point[1]]);
      return { x, y };
    },
    { selector: MAP_SELECTOR, point: [lngLat[0], lngLat[1]] as [number, number] },
  );
}

/** Clicks the map at a coordinate (which must be inside the visible canvas). */
export async function clickPlace(page: Page, lngLat: LngLat): Promise<void> {
  await waitForMapIdle(page);
  const canvas = page.locator('.maplibregl-canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('map canvas has no box');
  const { x, y } = await projectPlace(page, lngLat);
  expect(x, 'place is left/right of the visible map').toBeGreaterThan(0);
  expect(x).toBeLessThan(box.width);
  expect(y, 'place is above/below the visible map').toBeGreaterThan(0);
  expect(y).toBeLessThan(box.height);
  await page.mouse.click(box.x + x, box.y + y);
}

/** Centres the map on a coordinate at a zoom (no animation), then waits for idle. */
export async function jumpTo(page: Page, lngLat: LngLat, zoom: number): Promise<void> {
  await waitForMapIdle(page);
  await page.evaluate(
    ({ selector, center, z }) => {
      const map = document.querySelector<MapHost>(selector)?.maplibreMap;
      if (!map) throw new Error('map not ready');
      map.jumpTo({ center, zoom: z });
    },
    { selector: MAP_SELECTOR, center: [lngLat[0], lngLat[1]] as [number, number], z: zoom },
  );
  await waitForMapIdle(page);
}

/** The ids of the features currently in a GeoJSON source ('places' or 'relations'). */
export async function sourceFeatureIds(page: Page, sourceId: string): Promise<string[]> {
  return page.evaluate(
    async ({ selector, id }) => {
      const map = document.querySelector<MapHost>(selector)?.maplibreMap;
      const source = map?.getSource(id);
      if (!source) throw new Error(`no source ${id}`);
      const data = await source.getData();
      return (data.features ?? []).map((feature) => {
        const value = feature.properties?.id ?? feature.id;
        return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
      });
    },
    { selector: MAP_SELECTOR, id: sourceId },
  );
}

/** The feature-state of one feature, e.g. `{ selected: true }`. */
export async function featureState(
  page: Page,
  source: string,
  id: string,
): Promise<Record<string, unknown>> {
  return page.evaluate(
    ({ selector, feature }) => {
      const map = document.querySelector<MapHost>(selector)?.maplibreMap;
      if (!map) throw new Error('map not ready');
      return map.getFeatureState(feature) ?? {};
    },
    { selector: MAP_SELECTOR, feature: { source, id } },
  );
}

/**
 * How varied the map canvas looks: the number of distinct (coarsely quantised) colours
 * in a screenshot of it, and the share of pixels that differ from the most common colour.
 * Reads the PNG in the page itself, so no image library is needed.
 */
export async function canvasVariety(page: Page): Promise<{ colours: number; nonDominantShare: number }> {
  const png = await page.locator('.maplibregl-canvas').screenshot();
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key =
        (((data[i] ?? 0) >> 3) << 10) | (((data[i + 1] ?? 0) >> 3) << 5) | ((data[i + 2] ?? 0) >> 3);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const pixels = data.length / 4;
    const dominant = Math.max(...counts.values());
    return { colours: counts.size, nonDominantShare: pixels ? (pixels - dominant) / pixels : 0 };
  }, png.toString('base64'));
}

/** Asserts that the map canvas shows a picture, not a blank or single-colour surface. */
export async function expectMapNotBlank(page: Page): Promise<void> {
  await waitForMapIdle(page);
  const variety = await canvasVariety(page);
  expect(variety.colours, `distinct colours on the map canvas: ${JSON.stringify(variety)}`).toBeGreaterThan(
    20,
  );
  expect(variety.nonDominantShare, 'share of pixels not in the dominant colour').toBeGreaterThan(0.05);
}
