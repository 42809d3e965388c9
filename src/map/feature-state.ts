import { PLACES_SOURCE, RELATIONS_SOURCE } from './layers';

/** The part of the map feature-state sync needs, so tests can pass a fake. */
export interface FeatureStateTarget {
  setFeatureState(feature: { source: string; id: string }, state: Record<string, boolean>): void;
}

/**
 * Moves a flag ("selected" or "hover") from one place to another: on the place's point
 * and on the lines of its relations, without rebuilding any source.
 */
export function moveFlag(
  map: FeatureStateTarget,
  flag: 'selected' | 'hover' | 'focused',
  previous: { place?: string; relations: readonly string[] },
  next: { place?: string; relations: readonly string[] },
): void {
  if (previous.place) map.setFeatureState({ source: PLACES_SOURCE, id: previous.place }, { [flag]: false });
  previous.relations.forEach((id) =>
    map.setFeatureState({ source: RELATIONS_SOURCE, id }, { [flag]: false }),
  );
  if (next.place) map.setFeatureState({ source: PLACES_SOURCE, id: next.place }, { [flag]: true });
  next.relations.forEach((id) => map.setFeatureState({ source: RELATIONS_SOURCE, id }, { [flag]: true }));
}
