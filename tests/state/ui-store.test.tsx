import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  uiActions,
  useEmbedSection,
  useHistoryOrder,
  useHoveredPlaceId,
  usePlaying,
  useShareOpen,
} from '../../src/state/ui-store';

describe('the UI store', () => {
  it('starts with nothing hovered, open or playing, history oldest first', () => {
    expect(renderHook(() => useHoveredPlaceId()).result.current).toBeUndefined();
    expect(renderHook(() => useEmbedSection()).result.current).toBeUndefined();
    expect(renderHook(() => useShareOpen()).result.current).toBe(false);
    expect(renderHook(() => usePlaying()).result.current).toBe(false);
    expect(renderHook(() => useHistoryOrder()).result.current).toBe('oldest');
  });

  it('toggles one embed section at a time', () => {
    const { result } = renderHook(() => useEmbedSection());
    act(() => uiActions().toggleEmbedSection('list'));
    expect(result.current).toBe('list');
    act(() => uiActions().toggleEmbedSection('legend'));
    expect(result.current).toBe('legend');
    act(() => uiActions().toggleEmbedSection('legend'));
    expect(result.current).toBeUndefined();
  });

  it('flips the history order and back', () => {
    const { result } = renderHook(() => useHistoryOrder());
    act(() => uiActions().toggleHistoryOrder());
    expect(result.current).toBe('newest');
    act(() => uiActions().toggleHistoryOrder());
    expect(result.current).toBe('oldest');
  });

  it('reset brings back the initial state', () => {
    act(() => {
      uiActions().hoverPlace('kyiv');
      uiActions().setShareOpen(true);
      uiActions().setPlaying(true);
    });
    const { result } = renderHook(() => useHoveredPlaceId());
    expect(result.current).toBe('kyiv');
    act(() => uiActions().reset());
    expect(result.current).toBeUndefined();
    expect(renderHook(() => useShareOpen()).result.current).toBe(false);
    expect(renderHook(() => usePlaying()).result.current).toBe(false);
  });
});
