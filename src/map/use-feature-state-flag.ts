import { useEffect, useRef } from 'react';
import type { RelationRow } from '../data/relation-rows';
import { moveFlag, type FeatureStateTarget } from './feature-state';

interface Flagged {
  place?: string;
  relations: string[];
}

/**
 * Keeps a feature-state flag on the given place and its relation lines. Re-applied when
 * the sources change, since MapLibre drops feature-state of features that left a source.
 */
export function useFeatureStateFlag(
  map: FeatureStateTarget | null,
  flag: 'selected' | 'hover' | 'focused',
  placeId: string | undefined,
  rows: readonly RelationRow[],
  sourceVersion: unknown,
): void {
  const previous = useRef<Flagged>({ relations: [] });
  useEffect(
    function syncFeatureStateFlag() {
      if (!map) return;
      const next: Flagged = {
        place: placeId,
        relations: placeId
          ? rows.filter((row) => row.place.id === placeId).map((row) => row.relation.id)
          : [],
      };
      moveFlag(map, flag, previous.current, next);
      previous.current = next;
    },
    [map, flag, placeId, rows, sourceVersion],
  );
}
