import { describe, expect, it, vi } from 'vitest';
import { frameRelation, zoomToFit, type CameraTarget } from '../../src/map/camera';
import { moveFlag } from '../../src/map/feature-state';
import { relationLineLayer } from '../../src/map/layers';
import { STATUS_COLORS, STATUS_STYLES } from '../../src/components/status-style';
import { BASEMAP_COLORS } from '../../src/map/basemap-style';
import { markerId, parseMarkerId } from '../../src/map/marker-images';

describe('frameRelation', () => {
  it('frames both places and jumps without animation under reduced motion', () => {
    const map = { fitBounds: vi.fn<CameraTarget['fitBounds']>() };
    frameRelation(map, [12.37, 51.34], [30.52, 50.45], { reducedMotion: true });
    expect(map.fitBounds).toHaveBeenCalledWith(
      [
        [12.37, 50.45],
        [30.52, 51.34],
      ],
      expect.objectContaining({ duration: 0 }),
    );
    frameRelation(map, [12.37, 51.34], [30.52, 50.45], { reducedMotion: false });
    expect(map.fitBounds.mock.lastCall?.[1].duration).toBeGreaterThan(0);
  });

  it('frames the short way round for places across the antimeridian', () => {
    const map = { fitBounds: vi.fn<CameraTarget['fitBounds']>() };
    frameRelation(map, [170, 60], [-170, 60], { reducedMotion: true });
    expect(map.fitBounds.mock.lastCall?.[0]).toEqual([
      [170, 60],
      [190, 60],
    ]);
  });
});

describe('moveFlag', () => {
  it('clears the flag on the previous place and its lines and sets it on the next', () => {
    const map = { setFeatureState: vi.fn() };
    moveFlag(
      map,
      'selected',
      { place: 'kyiv', relations: ['home-kyiv'] },
      { place: 'moscow', relations: ['home-moscow'] },
    );
    expect(map.setFeatureState.mock.calls).toEqual([
      [{ source: 'places', id: 'kyiv' }, { selected: false }],
      [{ source: 'relations', id: 'home-kyiv' }, { selected: false }],
      [{ source: 'places', id: 'moscow' }, { selected: true }],
      [{ source: 'relations', id: 'home-moscow' }, { selected: true }],
    ]);
  });
});

describe('status encoding', () => {
  it('gives every status its own colour, symbol or line pattern', () => {
    const keys = Object.values(STATUS_STYLES).map(
      (s) => `${s.symbol}|${String(s.hollow)}|${s.dash.join(',')}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
    const signatures = Object.values(STATUS_STYLES).map((s) => `${s.symbol}|${String(s.hollow)}`);
    expect(new Set(signatures).size).toBe(signatures.length);
  });

  it('puts each status pattern into the line layer', () => {
    const dash = JSON.stringify(relationLineLayer('light').paint?.['line-dasharray']);
    for (const style of Object.values(STATUS_STYLES)) expect(dash).toContain(JSON.stringify(style.dash));
  });

  it('maps icon ids back to theme and role', () => {
    expect(parseMarkerId(markerId('dark', 'paused'))).toEqual({ theme: 'dark', role: 'paused' });
    expect(parseMarkerId('marker-light-home')).toEqual({ theme: 'light', role: 'home' });
    expect(parseMarkerId('marker-light-bogus')).toBeUndefined();
    expect(parseMarkerId('marker-sepia-active')).toBeUndefined();
    expect(parseMarkerId('other')).toBeUndefined();
  });

  it('keeps every status colour at 3:1 or more against land and water in both themes', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    for (const theme of ['light', 'dark'] as const) {
      for (const color of Object.values(STATUS_COLORS[theme])) {
        expect(
          contrast(color, BASEMAP_COLORS[theme].land),
          `${theme} ${color} on land`,
        ).toBeGreaterThanOrEqual(3);
        expect(
          contrast(color, BASEMAP_COLORS[theme].water),
          `${theme} ${color} on water`,
        ).toBeGreaterThanOrEqual(3);
      }
    }
  });
});

describe('zoomToFit', () => {
  it('gives the zoom at which bounds fill the map, the tighter side deciding', () => {
    // The whole width of the world at 512 px is zoom 0; at 1024 px, zoom 1.
    expect(zoomToFit([-180, -10, 180, 10], 512, 4096)).toBeCloseTo(0, 5);
    expect(zoomToFit([-180, -10, 180, 10], 1024, 4096)).toBeCloseTo(1, 5);
    // 45° of longitude across 512 px is zoom 3, unless the height is the tighter side.
    expect(zoomToFit([0, 0, 45, 1], 512, 4096)).toBeCloseTo(3, 5);
    expect(zoomToFit([0, -80, 45, 80], 512, 256)).toBeLessThan(1);
  });

  it('is Infinity for a single point, which any zoom fits', () => {
    expect(zoomToFit([12.37, 51.34, 12.37, 51.34], 800, 600)).toBe(Infinity);
  });
});
