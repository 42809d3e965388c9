import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { tierOfZoom } from '../../src/cli/basemap/tiers';
import { BASEMAP_TILES_MAX_ZOOM } from '../../src/map/basemap-tiles';
import { openApp, recordProblems, recordRequests } from './support/app';
import { jumpTo, type LngLat } from './support/map';

interface TileId {
  z: number;
  x: number;
  y: number;
}

const TILE_PATH = /\/basemap\/tiles\/(\d+)\/(\d+)\/(\d+)\.pbf$/;

function basemapRequests(urls: readonly string[]): string[] {
  return urls.filter((url) => new URL(url).pathname.includes('/basemap/'));
}

function tileOf(url: string): TileId | undefined {
  const match = TILE_PATH.exec(new URL(url).pathname);
  return match ? { z: Number(match[1]), x: Number(match[2]), y: Number(match[3]) } : undefined;
}

/** Web-mercator tile numbers of a coordinate (the slippy-map formula). */
function tileAt([lon, lat]: LngLat, z: number): { x: number; y: number } {
  const n = 2 ** z;
  const radians = (lat * Math.PI) / 180;
  return {
    x: Math.floor(((lon + 180) / 360) * n),
    y: Math.floor(((1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2) * n),
  };
}

/** The tile zoom MapLibre draws at (512 px tiles: the map's zoom, rounded down, capped at the last tile zoom). */
async function viewOf(
  page: Page,
): Promise<{ tileZoom: number; west: number; south: number; east: number; north: number }> {
  return page.evaluate((maxZoom) => {
    interface BoundsMap {
      getZoom(): number;
      getBounds(): { getWest(): number; getSouth(): number; getEast(): number; getNorth(): number };
    }
    const map = document.querySelector<Element & { maplibreMap?: BoundsMap }>('.maplibregl-map')?.maplibreMap;
    if (!map) throw new Error('map not ready');
    const bounds = map.getBounds();
    return {
      tileZoom: Math.min(Math.floor(map.getZoom()), maxZoom),
      west: bounds.getWest(),
      south: bounds.getSouth(),
      east: bounds.getEast(),
      north: bounds.getNorth(),
    };
  }, BASEMAP_TILES_MAX_ZOOM);
}

test.describe('tiled basemap', () => {
  test('the first view loads only the tiles it shows', async ({ page }) => {
    const requests = recordRequests(page);
    const problems = recordProblems(page);
    await openApp(page);

    const basemap = basemapRequests(requests);
    const tiles = basemap.map(tileOf);
    expect(
      tiles.every((tile) => tile !== undefined),
      basemap.join('\n'),
    ).toBe(true);
    const view = await viewOf(page);
    const northWest = tileAt([view.west, view.north], view.tileZoom);
    const southEast = tileAt([view.east, view.south], view.tileZoom);
    const visible = (southEast.x - northWest.x + 1) * (southEast.y - northWest.y + 1);
    expect(tiles.length).toBeGreaterThan(0);
    expect(tiles.length, basemap.join('\n')).toBeLessThanOrEqual(visible);
    for (const tile of tiles) {
      expect(tile?.z, 'tile zoom').toBe(view.tileZoom);
      expect(tile?.x).toBeGreaterThanOrEqual(northWest.x);
      expect(tile?.x).toBeLessThanOrEqual(southEast.x);
      expect(tile?.y).toBeGreaterThanOrEqual(northWest.y);
      expect(tile?.y).toBeLessThanOrEqual(southEast.y);
    }
    expect(problems.consoleErrors, 'console errors').toEqual([]);
  });

  test('zooming into Germany loads 1:10m tiles', async ({ page }) => {
    const requests = recordRequests(page);
    const problems = recordProblems(page);
    await openApp(page);
    const before = requests.length;

    const germany: LngLat = [10.45, 51.17];
    await jumpTo(page, germany, 7);

    const tiles = basemapRequests(requests.slice(before)).map(tileOf);
    expect(tiles.length).toBeGreaterThan(0);
    for (const tile of tiles) expect(tierOfZoom(tile?.z ?? -1)?.resolution, JSON.stringify(tile)).toBe('10m');
    const centre = tileAt(germany, BASEMAP_TILES_MAX_ZOOM);
    expect(tiles).toContainEqual({ z: BASEMAP_TILES_MAX_ZOOM, ...centre });
    expect(problems.consoleErrors, 'console errors').toEqual([]);
  });
});
