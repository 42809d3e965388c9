import type { FeatureCollection, Point } from 'geojson';

/**
 * The order the city key walks the shown places in: west to east, so it is predictable on the
 * map; places on one meridian north first, then by id, so the order never depends on data order.
 */
export function westToEast(points: FeatureCollection<Point, { id: string }>): string[] {
  return [...points.features]
    .sort((a, b) => {
      const [lonA = 0, latA = 0] = a.geometry.coordinates;
      const [lonB = 0, latB = 0] = b.geometry.coordinates;
      return lonA - lonB || latB - latA || a.properties.id.localeCompare(b.properties.id);
    })
    .map((feature) => feature.properties.id);
}

/** A function that computes its value on its first call and returns that value from then on. */
export function once<T>(compute: () => T): () => T {
  let computed: { value: T } | undefined;
  return () => {
    computed ??= { value: compute() };
    return computed.value;
  };
}

/** The next (step 1) or previous (step -1) id, wrapping; from no focus, the first or the last. */
export function stepFocus(
  order: readonly string[],
  current: string | undefined,
  step: 1 | -1,
): string | undefined {
  if (order.length === 0) return undefined;
  const index = current === undefined ? -1 : order.indexOf(current);
  if (index === -1) return step === 1 ? order[0] : order[order.length - 1];
  return order[(index + step + order.length) % order.length];
}

export type MapKeyAction = 'next' | 'previous' | 'open' | 'clear';

/**
 * What a key pressed on the map canvas asks for. N and P are free in MapLibre's keyboard
 * handler (arrows pan, Shift+arrows rotate, + and - zoom), and keys with Ctrl, Alt or ⌘ stay
 * the browser's. Enter and Escape only mean something while a city has the keyboard focus.
 */
export function mapKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'altKey' | 'metaKey'>,
  hasFocus: boolean,
): MapKeyAction | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
  const key = event.key.toLowerCase();
  // The physical key too: with a Ukrainian or Russian layout, N types "т" and P "з".
  if (key === 'n' || event.code === 'KeyN') return 'next';
  if (key === 'p' || event.code === 'KeyP') return 'previous';
  if (hasFocus && event.key === 'Enter') return 'open';
  if (hasFocus && event.key === 'Escape') return 'clear';
  return undefined;
}
