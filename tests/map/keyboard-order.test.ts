import { describe, expect, it, vi } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { mapKeyAction, once, stepFocus, westToEast } from '../../src/map/keyboard-order';

const points = (list: [string, number, number][]): FeatureCollection<Point, { id: string }> => ({
  type: 'FeatureCollection',
  features: list.map(([id, lon, lat]) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { id },
  })),
});

const key = (value: string, modifiers: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey', boolean>> = {}) => ({
  key: value,
  code: '',
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...modifiers,
});

describe('westToEast', () => {
  it('orders places by longitude, whatever the data order', () => {
    const order = westToEast(
      points([
        ['moscow', 37.6, 55.7],
        ['houston', -95.4, 29.8],
        ['kyiv', 30.5, 50.4],
      ]),
    );
    expect(order).toEqual(['houston', 'kyiv', 'moscow']);
  });

  it('puts the northern place first on one meridian, then goes by id', () => {
    expect(
      westToEast(
        points([
          ['south', 10, 40],
          ['north', 10, 60],
        ]),
      ),
    ).toEqual(['north', 'south']);
    expect(
      westToEast(
        points([
          ['b', 10, 40],
          ['a', 10, 40],
        ]),
      ),
    ).toEqual(['a', 'b']);
  });
});

describe('stepFocus', () => {
  const order = ['a', 'b', 'c'];
  it('starts at the first (forward) or last (backward) place', () => {
    expect(stepFocus(order, undefined, 1)).toBe('a');
    expect(stepFocus(order, undefined, -1)).toBe('c');
    expect(stepFocus(order, 'gone', 1)).toBe('a');
  });

  it('steps and wraps around both ends', () => {
    expect(stepFocus(order, 'a', 1)).toBe('b');
    expect(stepFocus(order, 'c', 1)).toBe('a');
    expect(stepFocus(order, 'a', -1)).toBe('c');
    expect(stepFocus([], undefined, 1)).toBeUndefined();
  });
});

describe('mapKeyAction', () => {
  it('maps N and P in either case, and leaves modified keys to the browser', () => {
    expect(mapKeyAction(key('n'), false)).toBe('next');
    expect(mapKeyAction(key('N'), false)).toBe('next');
    expect(mapKeyAction(key('p'), true)).toBe('previous');
    expect(mapKeyAction(key('n', { ctrlKey: true }), false)).toBeUndefined();
    expect(mapKeyAction(key('p', { metaKey: true }), false)).toBeUndefined();
  });

  it('goes by the physical key too, so a Cyrillic layout works', () => {
    expect(mapKeyAction({ ...key('т'), code: 'KeyN' }, false)).toBe('next');
    expect(mapKeyAction({ ...key('з'), code: 'KeyP' }, false)).toBe('previous');
  });

  it('takes Enter and Escape only while a place has the keyboard focus, and never the map keys', () => {
    expect(mapKeyAction(key('Enter'), true)).toBe('open');
    expect(mapKeyAction(key('Escape'), true)).toBe('clear');
    expect(mapKeyAction(key('Enter'), false)).toBeUndefined();
    expect(mapKeyAction(key('Escape'), false)).toBeUndefined();
    for (const mapKey of ['ArrowLeft', 'ArrowUp', '+', '-', '='])
      expect(mapKeyAction(key(mapKey), true)).toBeUndefined();
  });
});

describe('once', () => {
  it('computes on the first call only, and not before it', () => {
    const compute = vi.fn(() => ['a', 'b']);
    const order = once(compute);
    expect(compute).not.toHaveBeenCalled();
    const first = order();
    expect(first).toEqual(['a', 'b']);
    expect(order()).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
  });
});
