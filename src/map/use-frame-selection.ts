import { useEffect, useEffectEvent, useRef } from 'react';
import type { RelationRow } from '../data/relation-rows';
import { frameRelation, type CameraTarget } from './camera';

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Eases the map to the selected place and its home city. Jumps instead under
 * prefers-reduced-motion, and for a selection that came with the page (a deep link).
 */
export function useFrameSelection(
  map: CameraTarget | null,
  placeId: string | undefined,
  rows: readonly RelationRow[],
): void {
  const framedBefore = useRef(false);
  const row = placeId ? rows.find((candidate) => candidate.place.id === placeId) : undefined;
  const home = row?.home.coordinates;
  const place = row?.place.coordinates;
  // Reads the latest coordinates without making them a reason to move: filtering must not move the camera.
  const frame = useEffectEvent((target: CameraTarget) => {
    const firstFrame = !framedBefore.current;
    framedBefore.current = true;
    if (!home || !place) return;
    frameRelation(target, home, place, { reducedMotion: firstFrame || prefersReducedMotion() });
  });
  useEffect(
    function frameSelectedPlace() {
      if (map) frame(map);
    },
    // Only a new selection (or the map becoming ready) moves the camera.
    [map, placeId],
  );
}
