import { describe, expect, it } from 'vitest';
import type { LayerSpecification, VectorSourceSpecification } from 'maplibre-gl';
import { BASEMAP_COLORS, BASEMAP_SOURCE, basemapStyle } from '../../src/map/basemap-style';
import { BASEMAP_TILES_MAX_ZOOM } from '../../src/map/basemap-tiles';

const BASE = 'https://www.example.org/karten/staedte/?city=kyiv';

function vectorSource(theme: 'light' | 'dark'): VectorSourceSpecification {
  const source = basemapStyle(BASE, theme).sources[BASEMAP_SOURCE];
  if (source?.type !== 'vector') throw new Error('the basemap is not a vector source');
  return source;
}

function layer(theme: 'light' | 'dark', id: string): LayerSpecification | undefined {
  return basemapStyle(BASE, theme).layers.find((candidate) => candidate.id === id);
}

describe('basemapStyle', () => {
  it('reads the bundled tiles under the page, with the template braces intact', () => {
    const source = vectorSource('light');
    expect(source.tiles).toEqual(['https://www.example.org/karten/staedte/basemap/tiles/{z}/{x}/{y}.pbf']);
    expect(source.maxzoom).toBe(BASEMAP_TILES_MAX_ZOOM);
    expect(source.url).toBeUndefined();
  });

  it('has no other source, so no whole-world file is fetched', () => {
    expect(Object.keys(basemapStyle(BASE, 'dark').sources)).toEqual([BASEMAP_SOURCE]);
  });

  it('draws water, land and borders from the tile layers in the colours of each theme', () => {
    for (const theme of ['light', 'dark'] as const) {
      const colors = BASEMAP_COLORS[theme];
      expect(layer(theme, 'water')).toMatchObject({
        type: 'background',
        paint: { 'background-color': colors.water },
      });
      expect(layer(theme, 'land')).toMatchObject({
        type: 'fill',
        source: BASEMAP_SOURCE,
        'source-layer': 'land',
        paint: { 'fill-color': colors.land },
      });
      expect(layer(theme, 'borders')).toMatchObject({
        type: 'line',
        source: BASEMAP_SOURCE,
        'source-layer': 'borders',
        paint: { 'line-color': colors.border },
      });
    }
  });
});
