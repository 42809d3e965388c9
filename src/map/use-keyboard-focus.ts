import { useEffect, useMemo, useState } from 'react';
import type { FeatureCollection, Point } from 'geojson';
import { panIntoView, type PanTarget } from './camera';
import { mapKeyAction, once, stepFocus, westToEast } from './keyboard-order';
import type { PlacePointProperties } from './to-geojson';

/** The part of the map the city keys need, so tests can pass a fake. */
export interface KeyboardFocusTarget extends PanTarget {
  getCanvas(): HTMLElement;
}

export interface KeyboardFocus {
  /** The place the city keys have reached, if it is still shown. */
  place: PlacePointProperties | undefined;
  /** Its 1-based position in the west-to-east order, and the order's length. */
  position: number;
  count: number;
}

/**
 * A keyboard focus that walks the shown places west to east (N next, P previous) while the map
 * canvas has focus; Enter opens the focused place, Escape lets go of it. It is not the DOM focus,
 * which stays on the canvas, so arrow keys keep panning and Tab leaves the map as before.
 */
export function useKeyboardFocus(
  map: KeyboardFocusTarget | null,
  points: FeatureCollection<Point, PlacePointProperties>,
  onOpen: (placeId: string) => void,
  reducedMotion: boolean,
): KeyboardFocus {
  // Sorting 10,000 places on every filter or date change would cost more than the key presses that
  // need the order: it is worked out on the first one, once per set of places.
  const order = useMemo(() => once(() => westToEast(points)), [points]);
  const [chosen, setChosen] = useState<string>();
  // A place filtered out meanwhile no longer has the focus.
  const index = chosen === undefined ? -1 : order().indexOf(chosen);
  const focused = index === -1 ? undefined : chosen;

  useEffect(
    function listenForCityKeys() {
      if (!map) return;
      const canvas = map.getCanvas();
      const onKey = (event: KeyboardEvent) => {
        const action = mapKeyAction(event, focused !== undefined);
        if (!action) return;
        // Handled here: an Escape that lets go of a city does not also close a panel.
        event.preventDefault();
        if (action === 'open') {
          if (focused) onOpen(focused);
        } else if (action === 'clear') setChosen(undefined);
        else setChosen(stepFocus(order(), focused, action === 'next' ? 1 : -1));
      };
      canvas.addEventListener('keydown', onKey);
      return () => canvas.removeEventListener('keydown', onKey);
    },
    [map, order, focused, onOpen],
  );

  const feature =
    focused === undefined
      ? undefined
      : points.features.find((candidate) => candidate.properties.id === focused);
  const coordinates = feature?.geometry.coordinates;
  const lon = coordinates?.[0];
  const lat = coordinates?.[1];
  useEffect(
    function panToFocusedPlace() {
      if (map && lon !== undefined && lat !== undefined) panIntoView(map, [lon, lat], { reducedMotion });
    },
    [map, lon, lat, reducedMotion],
  );

  return { place: feature?.properties, position: index + 1, count: points.features.length };
}
