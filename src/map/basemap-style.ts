import type { FontFacesSpecification, StyleSpecification } from 'maplibre-gl';
import type { ResolvedTheme } from '../components/status-style';
import { BASEMAP_TILES_MAX_ZOOM, BASEMAP_TILES_PATH } from './basemap-tiles';
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import cyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import greek from '@fontsource/noto-sans/files/noto-sans-greek-400-normal.woff2?url';
import vietnamese from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url';

export const LABEL_FONT = 'Noto Sans Regular';

export interface BasemapColors {
  water: string;
  land: string;
  border: string;
  label: string;
  labelHalo: string;
}

export const BASEMAP_COLORS: Record<ResolvedTheme, BasemapColors> = {
  light: { water: '#d6e4ee', land: '#f5f3ee', border: '#a9a398', label: '#1a1a1a', labelHalo: '#ffffff' },
  dark: { water: '#16222c', land: '#2e3236', border: '#6b717a', label: '#f2f2f2', labelHalo: '#111315' },
};

export const BASEMAP_SOURCE = 'basemap';

/**
 * The bundled offline basemap: Natural Earth vector tiles (land and borders, coarse at low zoom, 1:10m from z5)
 * served from our own origin, so a view loads only the tiles it shows; labels drawn from bundled fonts (no glyph
 * server), so the page asks no third party for anything.
 */
export function basemapStyle(
  baseUrl: string,
  theme: ResolvedTheme,
  reducedMotion = false,
): StyleSpecification {
  const colors = BASEMAP_COLORS[theme];
  return {
    version: 8,
    // Under prefers-reduced-motion, paint changes (a new status at another date) jump.
    transition: { duration: reducedMotion ? 0 : 300, delay: 0 },
    'font-faces': labelFontFaces(baseUrl),
    sources: {
      [BASEMAP_SOURCE]: {
        type: 'vector',
        // Appended after resolving: URL() would percent-encode the braces MapLibre fills in.
        tiles: [`${absolute(BASEMAP_TILES_PATH, baseUrl)}{z}/{x}/{y}.pbf`],
        minzoom: 0,
        maxzoom: BASEMAP_TILES_MAX_ZOOM,
        // Natural Earth is credited in the attribution control with the other sources.
        attribution: '',
      },
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': colors.water } },
      {
        id: 'land',
        type: 'fill',
        source: BASEMAP_SOURCE,
        'source-layer': 'land',
        paint: { 'fill-color': colors.land },
      },
      {
        id: 'borders',
        type: 'line',
        source: BASEMAP_SOURCE,
        'source-layer': 'borders',
        paint: { 'line-color': colors.border, 'line-width': 0.7 },
      },
    ],
  };
}

/** Bundled fonts for the map labels (Latin, Vietnamese, Cyrillic, Greek), so no glyph server is needed. */
function labelFontFaces(baseUrl: string): FontFacesSpecification {
  return {
    [LABEL_FONT]: [
      {
        url: absolute(latin, baseUrl),
        'unicode-range': [
          'U+0000-00FF',
          'U+0131',
          'U+0152-0153',
          'U+02BB-02BC',
          'U+02C6',
          'U+02DA',
          'U+02DC',
          'U+2000-206F',
          'U+20AC',
          'U+2122',
          'U+2212',
        ],
      },
      {
        url: absolute(latinExt, baseUrl),
        'unicode-range': [
          'U+0100-02AF',
          'U+1E00-1EFF',
          'U+2020',
          'U+20A0-20AB',
          'U+20AD-20CF',
          'U+2C60-2C7F',
          'U+A720-A7FF',
        ],
      },
      {
        url: absolute(vietnamese, baseUrl),
        'unicode-range': [
          'U+0102-0103',
          'U+0110-0111',
          'U+0128-0129',
          'U+0168-0169',
          'U+01A0-01A1',
          'U+01AF-01B0',
          'U+1EA0-1EF9',
          'U+20AB',
        ],
      },
      {
        url: absolute(cyrillic, baseUrl),
        'unicode-range': ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'],
      },
      { url: absolute(greek, baseUrl), 'unicode-range': ['U+0370-03FF'] },
    ],
  };
}

/** MapLibre fetches from its worker, where relative URLs would not resolve against the page. */
function absolute(url: string, baseUrl: string): string {
  return new URL(url, baseUrl).href;
}
