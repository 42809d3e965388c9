import type { Page } from '@playwright/test';
import { HOME_ICON_SCALE, MARKER_SIZE_PX, PLACE_ICON_SCALE } from '../../../src/map/marker-size';

/** What the marker check found in the current view. */
export interface MarkerReport {
  /** Places whose point lies inside the map. */
  inView: string[];
  /** Places whose marker MapLibre has drawn (queried from the icon layer). */
  drawn: string[];
  /** "Saratov under Woronesch": a drawn label covering a marker. */
  covered: string[];
}

interface PlaceFeature {
  geometry: { type: string; coordinates?: unknown };
  properties: Record<string, unknown>;
}

interface MarkerMap {
  getCanvas(): HTMLCanvasElement;
  project(lngLat: [number, number]): { x: number; y: number };
  queryRenderedFeatures(
    geometry: [[number, number], [number, number]],
    options: { layers: string[] },
  ): PlaceFeature[];
  getSource(id: string): { getData(): Promise<{ features: PlaceFeature[] }> } | undefined;
}

/**
 * Checks every marker of the current view: it must be drawn, and no drawn label may overlap its icon's square.
 * MapLibre's queryRenderedFeatures returns only the labels it placed, so it answers exactly that.
 */
export async function checkMarkers(page: Page): Promise<MarkerReport> {
  return page.evaluate(
    async ({ size, homeScale, placeScale }) => {
      const map = document.querySelector<Element & { maplibreMap?: MarkerMap }>(
        '.maplibregl-map',
      )?.maplibreMap;
      if (!map) throw new Error('map not ready');
      const { clientWidth: width, clientHeight: height } = map.getCanvas();
      const pointOf = (feature: PlaceFeature): [number, number] => {
        const coordinates = feature.geometry.coordinates;
        if (!Array.isArray(coordinates)) throw new Error('a place without a point');
        return [Number(coordinates[0]), Number(coordinates[1])];
      };
      const nameOf = (feature: PlaceFeature): string => String(feature.properties['name']);
      const places = (await map.getSource('places')?.getData())?.features ?? [];
      const inView = places.filter((place) => {
        const { x, y } = map.project(pointOf(place));
        return x > 0 && x < width && y > 0 && y < height;
      });
      const markers = map.queryRenderedFeatures(
        [
          [0, 0],
          [width, height],
        ],
        { layers: ['place-icons'] },
      );
      const covered = markers.flatMap((marker) => {
        const { x, y } = map.project(pointOf(marker));
        // One pixel inside the square, so a label that only touches its edge does not count.
        const half = (size * (marker.properties['role'] === 'home' ? homeScale : placeScale)) / 2 - 1;
        const labels = map.queryRenderedFeatures(
          [
            [x - half, y - half],
            [x + half, y + half],
          ],
          { layers: ['place-labels'] },
        );
        return labels.length > 0 ? [`${nameOf(marker)} under ${labels.map(nameOf).join(', ')}`] : [];
      });
      return { inView: inView.map(nameOf).sort(), drawn: markers.map(nameOf).sort(), covered };
    },
    { size: MARKER_SIZE_PX, homeScale: HOME_ICON_SCALE, placeScale: PLACE_ICON_SCALE },
  );
}
