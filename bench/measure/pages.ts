/** The three pages measured side by side, and how the bench drives each of them. */
export type PageName = 'app' | 'floor' | 'leaflet';

export interface PageSpec {
  name: PageName;
  /** The page's URL path for a dataset (a same-origin path, served by the bench server). */
  path(dataPath: string): string;
  /** Whether the page has text to show before the map (the floor has none). */
  hasText: boolean;
  /** The MapLibre layer whose features are clickable cities (Leaflet: its marker elements). */
  cityLayer: string;
  panel: string;
  /** Clicking this changes a filter (the app: its first status chip). */
  filter: string;
  slider: string;
}

export const PAGES: readonly PageSpec[] = [
  {
    name: 'app',
    path: (data) => (data === 'data/leipzig.geojson' ? '/' : `/?data=/${data}`),
    hasText: true,
    cityLayer: 'place-hit',
    panel: 'aside.panel',
    filter: '.filter-bar .chip-group .chip',
    slider: '#time-year',
  },
  {
    name: 'floor',
    path: (data) => `/reference/floor/?data=/${data}`,
    hasText: false,
    cityLayer: 'cities',
    panel: '#panel',
    filter: '#hide-ended',
    slider: '#year',
  },
  {
    name: 'leaflet',
    path: (data) => `/reference/leaflet/?data=/${data}`,
    hasText: false,
    cityLayer: '',
    panel: '#panel',
    filter: '#hide-ended',
    slider: '#year',
  },
];
