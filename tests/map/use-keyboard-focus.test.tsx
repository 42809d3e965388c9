import { act, fireEvent, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import type { PlacePointProperties } from '../../src/map/to-geojson';
import { useKeyboardFocus } from '../../src/map/use-keyboard-focus';

const point = (
  id: string,
  lon: number,
): FeatureCollection<Point, PlacePointProperties>['features'][number] => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, 50] },
  properties: { id, name: id.toUpperCase(), role: 'active', rank: 0 },
});
const collection = (...ids: [string, number][]): FeatureCollection<Point, PlacePointProperties> => ({
  type: 'FeatureCollection',
  features: ids.map(([id, lon]) => point(id, lon)),
});

function fakeMap(inView: boolean) {
  const canvas = document.createElement('canvas');
  document.body.append(canvas);
  return { canvas, getCanvas: () => canvas, getBounds: () => ({ contains: () => inView }), easeTo: vi.fn() };
}

describe('useKeyboardFocus', () => {
  it('walks the places west to east with N and P, and opens the focused one with Enter', () => {
    const map = fakeMap(true);
    const onOpen = vi.fn();
    const points = collection(['moscow', 37], ['houston', -95], ['kyiv', 30]);
    const { result } = renderHook(() => useKeyboardFocus(map, points, onOpen, false));
    expect(result.current.place).toBeUndefined();
    fireEvent.keyDown(map.canvas, { key: 'Enter' });
    expect(onOpen).not.toHaveBeenCalled();

    fireEvent.keyDown(map.canvas, { key: 'n' });
    expect(result.current).toMatchObject({ place: { id: 'houston' }, position: 1, count: 3 });
    fireEvent.keyDown(map.canvas, { key: 'n' });
    expect(result.current.place?.id).toBe('kyiv');
    fireEvent.keyDown(map.canvas, { key: 'P' });
    expect(result.current.place?.id).toBe('houston');
    fireEvent.keyDown(map.canvas, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith('houston');
    expect(map.easeTo).not.toHaveBeenCalled();
  });

  it('lets go with Escape, and keeps that Escape from closing a panel too', () => {
    const map = fakeMap(true);
    const { result } = renderHook(() => useKeyboardFocus(map, collection(['a', 1]), vi.fn(), false));
    fireEvent.keyDown(map.canvas, { key: 'n' });
    expect(result.current.place?.id).toBe('a');
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    act(() => {
      map.canvas.dispatchEvent(escape);
    });
    expect(escape.defaultPrevented).toBe(true);
    expect(result.current.place).toBeUndefined();
    // Without a focused place, Escape is left to panels and dialogs.
    const second = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    act(() => {
      map.canvas.dispatchEvent(second);
    });
    expect(second.defaultPrevented).toBe(false);
  });

  it('pans to a place outside the view, and drops a place that the filters removed', () => {
    const map = fakeMap(false);
    const { result, rerender } = renderHook(({ points }) => useKeyboardFocus(map, points, vi.fn(), true), {
      initialProps: { points: collection(['a', 1], ['b', 2]) },
    });
    fireEvent.keyDown(map.canvas, { key: 'n' });
    expect(map.easeTo).toHaveBeenCalledWith({ center: [1, 50], duration: 0 });
    rerender({ points: collection(['b', 2]) });
    expect(result.current.place).toBeUndefined();
    fireEvent.keyDown(map.canvas, { key: 'n' });
    expect(result.current.place?.id).toBe('b');
  });
});
