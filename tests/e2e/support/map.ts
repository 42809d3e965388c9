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
  once(type: 'idle' | 'render', listener: () => void): unknown;
  triggerRepaint(): void;
  project(lngLat: [number, number]): { x: number; y: number };
  getSource(id: string): GeoJsonSourceLike | undefined;
  getFeatureState(feature: { source: string; id: string }): Record<string, unknown> | undefined;
  getZoom(): number;
  getCanvas(): HTMLCanvasElement;
  jumpTo(options: { center: [number, number]; zoom: number }): unknown;
}

interface MapHost extends Element {
  maplibreMap?: MapLike;
}

const MAP_SELECTOR = '.maplibregl-map';

/** Waits until the map exists (set on load) and then until it has nothing left to load, draw or animate. */
export async function waitForMapIdle(page: Page, timeout = 30_000): Promise<void> {
  try {
    await page.waitForFunction(
      (selector) => document.querySelector<MapHost>(selector)?.maplibreMap !== undefined,
      MAP_SELECTOR,
      { timeout },
    );
  } catch (error) {
    const state = await page.evaluate((selector) => {
      const host = document.querySelector(selector);
      return host
        ? `container present, canvas: ${String(host.querySelector('canvas') !== null)}`
        : 'no container';
    }, MAP_SELECTOR);
    throw new Error(`The map never fired "load" (${state}); a basemap or worker file failed to load?`, {
      cause: error,
    });
  }
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
async function projectPlace(page: Page, lngLat: LngLat): Promise<{ x: number; y: number }> {
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
export async function featureState(page: Page, source: string, id: string): Promise<Record<string, unknown>> {
  return page.evaluate(
    ({ selector, feature }) => {
      const map = document.querySelector<MapHost>(selector)?.maplibreMap;
      if (!map) throw new Error('map not ready');
      return map.getFeatureState(feature) ?? {};
    },
    { selector: MAP_SELECTOR, feature: { source, id } },
  );
}

/** How varied a picture is, and how many of its pixels are close to given colours. */
export interface ImageVariety {
  width: number;
  height: number;
  /** Distinct colours after quantising each channel to 5 bits. */
  colours: number;
  /** Share of pixels that are not the most common colour. */
  nonDominantShare: number;
  /** Per requested hex colour: pixels within a small distance of it. */
  near: Record<string, number>;
}

/** Measures an image (a data: URL) inside the page, so no image library is needed. */
async function measureImage(page: Page, dataUrl: string, colours: readonly string[]): Promise<ImageVariety> {
  return page.evaluate(
    async ({ src, wanted }) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const targets = wanted.map((hex) => [
        parseInt(hex.slice(1, 3), 16),
        parseInt(hex.slice(3, 5), 16),
        parseInt(hex.slice(5, 7), 16),
      ]);
      const near: Record<string, number> = Object.fromEntries(wanted.map((hex) => [hex, 0]));
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 4) {
        const r = data[i] ?? 0;
        const g = data[i + 1] ?? 0;
        const b = data[i + 2] ?? 0;
        const key = ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3);
        counts.set(key, (counts.get(key) ?? 0) + 1);
        targets.forEach(([tr = 0, tg = 0, tb = 0], index) => {
          const hex = wanted[index];
          if (hex && Math.abs(r - tr) + Math.abs(g - tg) + Math.abs(b - tb) < 40)
            near[hex] = (near[hex] ?? 0) + 1;
        });
      }
      const pixels = data.length / 4;
      const dominant = Math.max(0, ...counts.values());
      return {
        width: canvas.width,
        height: canvas.height,
        colours: counts.size,
        nonDominantShare: pixels ? (pixels - dominant) / pixels : 0,
        near,
      };
    },
    { src: dataUrl, wanted: [...colours] },
  );
}

/**
 * What MapLibre itself drew, read from the WebGL drawing buffer right after a frame
 * (independent of anything covering the canvas on screen).
 */
async function drawnMap(page: Page): Promise<string> {
  await waitForMapIdle(page);
  return page.evaluate(
    (selector) =>
      new Promise<string>((resolve, reject) => {
        const map = document.querySelector<MapHost>(selector)?.maplibreMap;
        if (!map) {
          reject(new Error('map not ready'));
          return;
        }
        // Inside the render event the frame's buffer is still intact, so toDataURL sees it.
        map.once('render', () => resolve(map.getCanvas().toDataURL('image/png')));
        map.triggerRepaint();
      }),
    MAP_SELECTOR,
  );
}

/** The colour of active relations and of the basemap's land and water (see src/components/status-style.ts). */
export const ACTIVE_COLOUR = '#1b7a3e';
const LAND_COLOUR = '#f5f3ee';
const WATER_COLOUR = '#d6e4ee';

/** How varied the map looks: what MapLibre drew, or (`onScreen`) a screenshot of the canvas as the user sees it. */
export async function mapVariety(page: Page, source: 'drawn' | 'onScreen'): Promise<ImageVariety> {
  const colours = [ACTIVE_COLOUR, LAND_COLOUR, WATER_COLOUR];
  if (source === 'drawn') return measureImage(page, await drawnMap(page), colours);
  await waitForMapIdle(page);
  const png = await page.locator('.maplibregl-canvas').screenshot();
  return measureImage(page, `data:image/png;base64,${png.toString('base64')}`, colours);
}

/**
 * Asserts that the map draws a picture: many colours, land and water, and the green of
 * active relations; not a blank or single-colour surface. `onScreen` also requires the
 * user to see it (nothing covering the canvas).
 */
export async function expectMapNotBlank(page: Page, source: 'drawn' | 'onScreen' = 'drawn'): Promise<void> {
  const variety = await mapVariety(page, source);
  const detail = `${source} map: ${JSON.stringify(variety)}`;
  expect(variety.width, detail).toBeGreaterThan(100);
  expect(variety.colours, detail).toBeGreaterThan(20);
  expect(variety.nonDominantShare, detail).toBeGreaterThan(0.05);
  const pixels = variety.width * variety.height;
  expect(variety.near[LAND_COLOUR] ?? 0, `land, ${detail}`).toBeGreaterThan(pixels * 0.05);
  expect(variety.near[WATER_COLOUR] ?? 0, `water, ${detail}`).toBeGreaterThan(pixels * 0.05);
}
