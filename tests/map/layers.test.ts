import { describe, expect, it } from 'vitest';
import { BASEMAP_COLORS } from '../../src/map/basemap-style';
import { placeIconLayer, placeLabelLayer, READABLE_LABEL_LIMIT } from '../../src/map/layers';
import {
  HOME_ICON_SCALE,
  HOME_LABEL_OFFSET_EM,
  LABEL_OFFSET_EM,
  MARKER_SIZE_PX,
  PLACE_ICON_SCALE,
} from '../../src/map/marker-size';

/** MapLibre's default text-padding: the label's collision box reaches this far beyond its glyphs. */
const TEXT_PADDING_PX = 2;

describe('place markers and labels', () => {
  it('draws every marker and puts it in the collision index, so labels must avoid it', () => {
    const layout = placeIconLayer('light').layout;
    expect(layout?.['icon-allow-overlap']).toBe(true);
    expect(layout?.['icon-ignore-placement']).toBe(false);
    expect(layout?.['icon-padding']).toBe(0);
  });

  it('lets labels give way to markers and to one another, never overlap them', () => {
    const layout = placeLabelLayer(BASEMAP_COLORS.light).layout;
    expect(layout?.['text-allow-overlap']).toBeUndefined();
    expect(layout?.['text-ignore-placement']).toBeUndefined();
    expect(layout?.['text-variable-anchor']).toEqual(['left', 'right', 'top', 'bottom']);
  });

  it('starts each label beyond its own marker, which would otherwise hide it', () => {
    const layout = placeLabelLayer(BASEMAP_COLORS.light).layout;
    expect(layout?.['text-size']).toEqual(['case', expect.anything(), 15, 13]);
    expect(layout?.['text-radial-offset']).toEqual([
      'case',
      expect.anything(),
      HOME_LABEL_OFFSET_EM,
      LABEL_OFFSET_EM,
    ]);
    expect(LABEL_OFFSET_EM * 13).toBeGreaterThanOrEqual(
      (MARKER_SIZE_PX * PLACE_ICON_SCALE) / 2 + TEXT_PADDING_PX,
    );
    expect(HOME_LABEL_OFFSET_EM * 15).toBeGreaterThanOrEqual(
      (MARKER_SIZE_PX * HOME_ICON_SCALE) / 2 + TEXT_PADDING_PX,
    );
  });
});

describe('label layer at scale', () => {
  it('labels every place of a city’s dataset at every zoom, and thousands only when zoomed in', () => {
    const colors = BASEMAP_COLORS.light;
    expect(placeLabelLayer(colors, 35).minzoom).toBe(0);
    expect(placeLabelLayer(colors, READABLE_LABEL_LIMIT).minzoom).toBe(0);
    expect(placeLabelLayer(colors, READABLE_LABEL_LIMIT + 1).minzoom).toBeGreaterThan(3);
  });
});
