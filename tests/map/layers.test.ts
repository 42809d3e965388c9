import { describe, expect, it } from 'vitest';
import { BASEMAP_COLORS } from '../../src/map/basemap-style';
import { placeLabelLayer, READABLE_LABEL_LIMIT } from '../../src/map/layers';

describe('label layer at scale', () => {
  it('labels every place of a city’s dataset at every zoom, and thousands only when zoomed in', () => {
    const colors = BASEMAP_COLORS.light;
    expect(placeLabelLayer(colors, 35).minzoom).toBe(0);
    expect(placeLabelLayer(colors, READABLE_LABEL_LIMIT).minzoom).toBe(0);
    expect(placeLabelLayer(colors, READABLE_LABEL_LIMIT + 1).minzoom).toBeGreaterThan(3);
  });
});
