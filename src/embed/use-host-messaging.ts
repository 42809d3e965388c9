import { useEffect, useEffectEvent, useRef } from 'react';
import {
  filterMessage,
  isAllowedOrigin,
  parseHostCommand,
  readyMessage,
  resizeMessage,
  selectMessage,
  type AppMessage,
  type FilterMessage,
  type HostCommand,
  type PlaceNamesMessage,
} from './host-protocol';

export interface HostMessagingOptions {
  /** Whether the page runs inside a frame; when false the hook does nothing. */
  enabled: boolean;
  /** Exact origins whose commands are obeyed, e.g. "https://www.example.org"; "*" is not supported. */
  allowedOrigins: readonly string[];
  selection: { city: string; names: PlaceNamesMessage } | null;
  filters: FilterMessage['filters'];
  /**
   * Height in px the frame should have to show the content without scrolling. Re-measured when
   * the document, its body or an element marked `data-height-observed` changes size.
   */
  measureHeight: () => number;
  onCommand: (command: HostCommand) => void;
}

/**
 * Outbound messages carry only public data (place ids and names, filters that are in
 * the shareable URL anyway), so any parent may read them. Sending to '*' lets the
 * resize script work on every page that embeds the map, not only on configured ones.
 */
function postToHost(message: AppMessage): void {
  window.parent.postMessage(message, '*');
}

/** Talks to the page that frames the map: announces state and size, obeys allowed commands. */
export function useHostMessaging(options: HostMessagingOptions): void {
  const { enabled, selection, filters, allowedOrigins, measureHeight, onCommand } = options;

  const readySent = useRef(false);
  useEffect(
    function announceReady() {
      // A ref, not the effect's deps, makes this once per mount even under StrictMode's double effects.
      if (!enabled || readySent.current) return;
      readySent.current = true;
      postToHost(readyMessage());
    },
    [enabled],
  );

  useReportHeight(enabled, measureHeight);
  // A panel that is closed from the start is not news; the first filters are, so the host learns the initial state.
  usePostOnChange(
    enabled,
    JSON.stringify(selection),
    () => selectMessage(selection?.city ?? null, selection?.names ?? null),
    JSON.stringify(null),
  );
  usePostOnChange(enabled, JSON.stringify(filters), () => filterMessage(filters));
  useCommandListener(enabled, allowedOrigins, onCommand);
}

/**
 * Posts when `key` differs from the one last posted: callers build new objects on every
 * render, so identity would announce changes that are none. `initialKey` counts as posted.
 */
function usePostOnChange(enabled: boolean, key: string, build: () => AppMessage, initialKey?: string): void {
  const lastPosted = useRef(initialKey);
  const post = useEffectEvent(() => postToHost(build()));
  useEffect(
    function postWhenChanged() {
      if (!enabled || key === lastPosted.current) return;
      lastPosted.current = key;
      post();
    },
    [enabled, key],
  );
}

function useReportHeight(enabled: boolean, measureHeight: () => number): void {
  const lastHeight = useRef<number | undefined>(undefined);
  // The latest measure, without re-installing observers when the caller passes a new function.
  const measure = useEffectEvent(measureHeight);
  useEffect(
    function reportHeight() {
      if (!enabled) return;
      let frame: number | undefined;
      // Many resizes can arrive in one frame (layout settling, window drags); measure once per frame.
      const schedule = () => {
        frame ??= requestAnimationFrame(() => {
          frame = undefined;
          const height = Math.ceil(measure());
          if (!Number.isFinite(height) || height === lastHeight.current) return;
          lastHeight.current = height;
          postToHost(resizeMessage(height));
        });
      };
      // Older browsers (and jsdom) lack ResizeObserver; window resizes still reach the host there.
      const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(schedule);
      observer?.observe(document.documentElement);
      observer?.observe(document.body);
      // Parts that change size while the document does not (content inside a min-height layout).
      document.querySelectorAll('[data-height-observed]').forEach((element) => observer?.observe(element));
      window.addEventListener('resize', schedule);
      schedule();
      return () => {
        observer?.disconnect();
        window.removeEventListener('resize', schedule);
        if (frame !== undefined) cancelAnimationFrame(frame);
      };
    },
    [enabled],
  );
}

function useCommandListener(
  enabled: boolean,
  allowedOrigins: readonly string[],
  onCommand: (command: HostCommand) => void,
): void {
  // Kept across re-subscriptions so the debug line shows the total, not a fresh count.
  const ignored = useRef({ count: 0, origins: new Set<string>() });
  // The allowlist and callback as they are when a message arrives, so the listener is added once.
  const onMessage = useEffectEvent((event: MessageEvent) => {
    // Only the framing page may command the map; other windows (extensions, nested frames) are not counted.
    if (event.source !== window.parent) return;
    if (!isAllowedOrigin(event.origin, allowedOrigins)) {
      const stats = ignored.current;
      stats.count += 1;
      stats.origins.add(event.origin);
      console.debug(
        `city-relations-map: ignored ${stats.count} message(s) from origins not allowed: ${[...stats.origins].join(', ')}`,
      );
      return;
    }
    const command = parseHostCommand(event.data);
    if (command) onCommand(command);
  });
  useEffect(
    function listenToHost() {
      if (!enabled) return;
      const listener = (event: MessageEvent) => onMessage(event);
      window.addEventListener('message', listener);
      return () => window.removeEventListener('message', listener);
    },
    [enabled],
  );
}
