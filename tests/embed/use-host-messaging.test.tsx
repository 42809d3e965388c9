import { StrictMode } from 'react';
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { PROTOCOL_ID, type AppMessage, type HostCommand } from '../../src/embed/host-protocol';
import { useHostMessaging, type HostMessagingOptions } from '../../src/embed/use-host-messaging';

const HOST = 'https://www.leipzig.de';
const parentDescriptor = Object.getOwnPropertyDescriptor(window, 'parent');

let postMessage: Mock<(message: AppMessage, targetOrigin: string) => void>;
let frames: FrameRequestCallback[];
let resizeCallbacks: (() => void)[];

beforeEach(() => {
  postMessage = vi.fn();
  // The hook only uses postMessage on its parent, and compares event sources by identity.
  Object.defineProperty(window, 'parent', { value: { postMessage }, configurable: true });
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', vi.fn());
  resizeCallbacks = [];
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        resizeCallbacks.push(callback);
      }
      observe = vi.fn();
      unobserve = vi.fn();
      disconnect = vi.fn();
    },
  );
});

afterEach(() => {
  if (parentDescriptor) Object.defineProperty(window, 'parent', parentDescriptor);
  vi.unstubAllGlobals();
});

const noFilters = { status: [], type: [], country: [], q: '', at: null, from: null };
const kyiv = { city: 'kyiv', names: { de: 'Kiew', en: 'Kyiv', native: 'Київ' } };

function options(overrides: Partial<HostMessagingOptions> = {}): HostMessagingOptions {
  return {
    enabled: true,
    allowedOrigins: [HOST],
    selection: null,
    filters: noFilters,
    measureHeight: () => 600,
    onCommand: vi.fn(),
    ...overrides,
  };
}

function render(initial: HostMessagingOptions) {
  return renderHook((props: HostMessagingOptions) => useHostMessaging(props), { initialProps: initial });
}

function runFrames() {
  const pending = frames.splice(0);
  act(() => {
    for (const frame of pending) frame(0);
  });
}

function resizeWindow() {
  act(() => {
    window.dispatchEvent(new Event('resize'));
  });
}

function sent(type: AppMessage['type']) {
  return postMessage.mock.calls.map(([message]) => message).filter((message) => message.type === type);
}

function fromHost(data: unknown, origin = HOST, source: unknown = window.parent) {
  // jsdom checks `source` to be a window; the stubbed parent is a plain object, so set it after construction.
  const event = new MessageEvent('message', { data, origin });
  Object.defineProperty(event, 'source', { value: source });
  act(() => {
    window.dispatchEvent(event);
  });
}

describe('useHostMessaging: outbound', () => {
  it('announces ready first, then the initial filters and height, to any parent', () => {
    render(options());
    runFrames();
    expect(postMessage.mock.calls).toEqual([
      [{ source: PROTOCOL_ID, type: 'ready' }, '*'],
      [{ source: PROTOCOL_ID, type: 'filter', filters: noFilters }, '*'],
      [{ source: PROTOCOL_ID, type: 'resize', height: 600 }, '*'],
    ]);
  });

  it('announces ready once, even when StrictMode runs effects twice', () => {
    renderHook(() => useHostMessaging(options()), { wrapper: StrictMode });
    expect(sent('ready')).toHaveLength(1);
    expect(sent('filter')).toHaveLength(1);
  });

  it('does nothing outside a frame', () => {
    const onCommand = vi.fn();
    render(options({ enabled: false, onCommand }));
    runFrames();
    fromHost({ target: PROTOCOL_ID, type: 'select', city: 'kyiv' });
    expect(postMessage).not.toHaveBeenCalled();
    expect(onCommand).not.toHaveBeenCalled();
  });

  it('reports the rounded-up height once per frame and only when it changes', () => {
    let height = 600.2;
    render(options({ measureHeight: () => height }));
    runFrames();
    expect(sent('resize')).toEqual([{ source: PROTOCOL_ID, type: 'resize', height: 601 }]);

    height = 640;
    act(() => {
      for (const callback of resizeCallbacks) callback();
      window.dispatchEvent(new Event('resize'));
    });
    expect(frames).toHaveLength(1);
    runFrames();
    resizeWindow();
    runFrames();
    expect(sent('resize').map((message) => message.type === 'resize' && message.height)).toEqual([601, 640]);
  });

  it('still follows window resizes where ResizeObserver is missing', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    let height = 500;
    render(options({ measureHeight: () => height }));
    runFrames();
    height = 700;
    resizeWindow();
    runFrames();
    expect(sent('resize')).toHaveLength(2);
  });

  it('skips heights that are not numbers', () => {
    render(options({ measureHeight: () => Number.NaN }));
    runFrames();
    expect(sent('resize')).toEqual([]);
  });

  it('announces a changed selection, not an unchanged one, and the panel closing', () => {
    const { rerender } = render(options());
    expect(sent('select')).toEqual([]);
    rerender(options({ selection: kyiv }));
    rerender(options({ selection: { ...kyiv, names: { ...kyiv.names } } }));
    rerender(options({ selection: null }));
    expect(sent('select')).toEqual([
      { source: PROTOCOL_ID, type: 'select', ...kyiv },
      { source: PROTOCOL_ID, type: 'select', city: null, names: null },
    ]);
  });

  it('announces a city selected from the start', () => {
    render(options({ selection: kyiv }));
    expect(sent('select')).toEqual([{ source: PROTOCOL_ID, type: 'select', ...kyiv }]);
  });

  it('announces filters when their content changes', () => {
    const { rerender } = render(options());
    rerender(options({ filters: { ...noFilters } }));
    rerender(options({ filters: { ...noFilters, status: ['paused'], at: '2014-05-01' } }));
    expect(sent('filter').map((message) => message.type === 'filter' && message.filters)).toEqual([
      noFilters,
      { ...noFilters, status: ['paused'], at: '2014-05-01' },
    ]);
  });

  it('stops measuring when unmounted', () => {
    const { unmount } = render(options());
    unmount();
    expect(cancelAnimationFrame).toHaveBeenCalled();
  });
});

describe('useHostMessaging: commands', () => {
  const select: HostCommand = { target: PROTOCOL_ID, type: 'select', city: 'kyiv' };

  it('passes valid commands from the allowed parent to the latest handler', () => {
    const first = vi.fn();
    const latest = vi.fn();
    const { rerender } = render(options({ onCommand: first }));
    rerender(options({ onCommand: latest }));
    fromHost(select);
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledWith(select);
  });

  it('ignores malformed commands silently', () => {
    const onCommand = vi.fn();
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    render(options({ onCommand }));
    for (const data of [
      null,
      'select',
      { target: 'other', type: 'select', city: 'kyiv' },
      { ...select, city: 1 },
    ]) {
      fromHost(data);
    }
    expect(onCommand).not.toHaveBeenCalled();
    expect(debug).not.toHaveBeenCalled();
  });

  it('ignores and counts messages from origins not allowed', () => {
    const onCommand = vi.fn();
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    render(options({ onCommand, allowedOrigins: [HOST, '*'] }));
    fromHost(select, 'https://evil.example');
    fromHost(select, 'https://leipzig.de');
    fromHost(select, 'https://evil.example');
    expect(onCommand).not.toHaveBeenCalled();
    expect(debug).toHaveBeenCalledTimes(3);
    expect(debug).toHaveBeenLastCalledWith(
      'city-relations-map: ignored 3 message(s) from origins not allowed: https://evil.example, https://leipzig.de',
    );
  });

  it('ignores messages from windows other than the parent, even from an allowed origin', () => {
    const onCommand = vi.fn();
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    render(options({ onCommand }));
    fromHost(select, HOST, window);
    fromHost(select, 'https://evil.example', null);
    expect(onCommand).not.toHaveBeenCalled();
    expect(debug).not.toHaveBeenCalled();
  });

  it('stops listening when unmounted', () => {
    const onCommand = vi.fn();
    const { unmount } = render(options({ onCommand }));
    unmount();
    fromHost(select);
    expect(onCommand).not.toHaveBeenCalled();
  });
});
