import type { Dataset, PlaceEntry } from './dataset';
import { relationStateAt, type RelationState } from './relation-state';
import type { Relation } from './schema';

/** One relation as seen from its home side: `place` is the other end. */
export interface RelationRow {
  relation: Relation;
  home: PlaceEntry;
  place: PlaceEntry;
  state: RelationState;
}

/**
 * The relations in force (begun) at day `at`, each oriented from a home place when it has one.
 * Relations that have not begun by `at` are left out.
 */
export function relationRows(dataset: Dataset, at: string): RelationRow[] {
  const homes = new Set(dataset.metadata.homePlaceIds);
  const rows: RelationRow[] = [];
  for (const relation of dataset.relations) {
    const state = relationStateAt(relation, at);
    const from = dataset.places.get(relation.from);
    const to = dataset.places.get(relation.to);
    if (!state || !from || !to) continue;
    const reversed = homes.has(to.id) && !homes.has(from.id);
    rows.push({ relation, state, home: reversed ? to : from, place: reversed ? from : to });
  }
  return rows;
}

/** Rows that can be drawn: both ends have coordinates. Networks and institutions inside a city cannot. */
export function isMappable(row: RelationRow): boolean {
  return row.home.coordinates !== undefined && row.place.coordinates !== undefined;
}

export function rowsOfPlace(rows: readonly RelationRow[], placeId: string): RelationRow[] {
  return rows.filter((row) => row.place.id === placeId || row.home.id === placeId);
}
