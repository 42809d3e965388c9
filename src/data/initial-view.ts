import type { Dataset } from './dataset';
import type { Bounds, Position } from './schema';

const WORLD: Bounds = [-180, -60, 180, 75];

/**
 * What the map shows first: the dataset's own view if it names one, otherwise a box around
 * every located place, so any city's dataset opens on its own relations.
 */
export function initialBounds(dataset: Dataset): Bounds {
  const view = dataset.metadata.initialView?.bounds;
  if (view) return view;
  const located: Position[] = [...dataset.places.values()].flatMap((place) =>
    place.coordinates ? [place.coordinates] : [],
  );
  if (located.length === 0) return WORLD;
  const lons = located.map(([lon]) => lon);
  const lats = located.map(([, lat]) => lat);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}
