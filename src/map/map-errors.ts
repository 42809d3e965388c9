import { PLACES_SOURCE, RELATIONS_SOURCE } from './layers';

/** What MapLibre's `error` event carries that matters here (source errors name their source). */
export interface MapErrorLike {
  error?: unknown;
  sourceId?: unknown;
}

/**
 * Whether an error concerns the basemap: its style, tiles, GeoJSON or fonts (bundled or remote).
 * The cities and lines are in-memory GeoJSON sources; everything else the map loads is basemap.
 */
export function isBasemapError(event: MapErrorLike): boolean {
  return event.sourceId !== PLACES_SOURCE && event.sourceId !== RELATIONS_SOURCE;
}
