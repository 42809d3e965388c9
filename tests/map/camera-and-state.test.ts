import { describe, expect, it, vi } from 'vitest';
import { frameRelation, framePadding, panIntoView, type CameraTarget } from '../../src/map/camera';
import { coveredInsets, NO_INSETS } from '../../src/map/covered-insets';
import { moveFlag } from '../../src/map/feature-state';
import { relationLineLayer } from '../../src/map/layers';
import { STATUS_COLORS, STATUS_STYLES } from '../../src/components/status-style';
import { BASEMAP_COLORS } from '../../src/map/basemap-style';
import { markerId, parseMarkerId } from '../../src/map/marker-images';

/** The map's container as far as the camera reads it (these tests run without a DOM). */
function container(width: number, height: number): HTMLElement {
  return { clientWidth: width, clientHeight: height } as HTMLElement;
}

function fakeCamera(width = 1000, height = 600) {
  const element = container(width, height);
  return { fitBounds: vi.fn<CameraTarget['fitBounds']>(), getContainer: () => element };
}

describe('frameRelation', () => {
  it('frames both places and jumps without animation under reduced motion', () => {
    const map = fakeCamera();
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
    const map = fakeCamera();
    frameRelation(map, [170, 60], [-170, 60], { reducedMotion: true });
    expect(map.fitBounds.mock.lastCall?.[0]).toEqual([
      [170, 60],
      [190, 60],
    ]);
  });

  it('frames the relation in the part of the map a panel leaves free', () => {
    const map = fakeCamera(1000, 600);
    frameRelation(map, [12.37, 51.34], [30.52, 50.45], {
      reducedMotion: true,
      covered: { ...NO_INSETS, right: 420 },
    });
    expect(map.fitBounds.mock.lastCall?.[1].padding).toEqual({ top: 60, right: 530, bottom: 60, left: 60 });
  });
});

describe('framePadding', () => {
  it('keeps part of the map visible however much is covered', () => {
    const padding = framePadding({ width: 390, height: 300 }, { ...NO_INSETS, bottom: 290 });
    expect(padding.left + padding.right).toBeLessThanOrEqual(390 - 80);
    expect(padding.top + padding.bottom).toBeLessThanOrEqual(300 - 80);
    expect(padding.bottom).toBeGreaterThan(padding.top);
  });
});

describe('coveredInsets', () => {
  const map = { left: 100, top: 50, right: 1100, bottom: 650 };
  it('counts a side panel from the side it touches and a sheet from the bottom', () => {
    expect(coveredInsets(map, [{ left: 680, top: 50, right: 1100, bottom: 650 }])).toEqual({
      ...NO_INSETS,
      right: 420,
    });
    expect(coveredInsets(map, [{ left: 0, top: 400, right: 1280, bottom: 900 }])).toEqual({
      ...NO_INSETS,
      bottom: 250,
    });
  });
  it('ignores boxes beside the map or floating inside it', () => {
    expect(coveredInsets(map, [{ left: 1100, top: 50, right: 1500, bottom: 650 }])).toEqual(NO_INSETS);
    expect(coveredInsets(map, [{ left: 300, top: 200, right: 500, bottom: 300 }])).toEqual(NO_INSETS);
  });
});

describe('panIntoView', () => {
  it('pans a place hidden under the panel into the free part, and leaves a visible one', () => {
    const element = container(1000, 600);
    const easeTo = vi.fn();
    const at = (x: number) => ({ project: () => ({ x, y: 300 }), getContainer: () => element, easeTo });
    const covered = { ...NO_INSETS, right: 400 };
    panIntoView(at(500), [10, 50], { reducedMotion: true, covered });
    expect(easeTo).not.toHaveBeenCalled();
    panIntoView(at(800), [10, 50], { reducedMotion: true, covered });
    expect(easeTo).toHaveBeenCalledWith({ center: [10, 50], offset: [-200, 0], duration: 0 });
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
