import { useEffect, useSyncExternalStore } from 'react';
import type { Theme } from '../config/app-config';
import { STATUS_COLORS, type ResolvedTheme } from '../components/status-style';

/** The browser's dark preference; also asked by the first-view script (src/app/first-view.tsx). */
export const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribe(listener: () => void) {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

/**
 * Resolves `auto` from the browser's colour scheme (and follows it when it changes), and sets
 * the theme on <html> with the status colours as CSS custom properties, so the legend, list and
 * panel use the same colours as the map.
 */
export function useTheme(theme: Theme): ResolvedTheme {
  const prefersDark = useSyncExternalStore(
    subscribe,
    () => window.matchMedia(DARK_QUERY).matches,
    () => false,
  );
  const resolved: ResolvedTheme = theme === 'auto' ? (prefersDark ? 'dark' : 'light') : theme;
  useEffect(
    function applyTheme() {
      const root = document.documentElement;
      root.dataset.theme = resolved;
      for (const [role, color] of Object.entries(STATUS_COLORS[resolved]))
        root.style.setProperty(`--status-${role}`, color);
    },
    [resolved],
  );
  return resolved;
}
