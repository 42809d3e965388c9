import { useEffect } from 'react';
import type { RelationRow } from '../data/relation-rows';
import { frameRelation, type CameraTarget } from './camera';

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Eases the map to the selected place and its home city (a jump under prefers-reduced-motion). */
export function useFrameSelection(
  map: CameraTarget | null,
  placeId: string | undefined,
  rows: readonly RelationRow[],
): void {
  const row = placeId ? rows.find((candidate) => candidate.place.id === placeId) : undefined;
  const home = row?.home.coordinates;
  const place = row?.place.coordinates;
  useEffect(
    function frameSelectedPlace() {
      if (!map || !home || !place) return;
      frameRelation(map, home, place, { reducedMotion: prefersReducedMotion() });
    },
    // Only a new selection moves the camera; filtering must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [map, placeId],
  );
}
