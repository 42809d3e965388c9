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

/** A relation with its ends, home side first; independent of any date. */
export type OrientedRelation = Omit<RelationRow, 'state'>;

// Orientation depends on the dataset only, so a date change need not redo it.
const orientedCache = new WeakMap<Dataset, OrientedRelation[]>();

export function orientedRelations(dataset: Dataset): OrientedRelation[] {
  let list = orientedCache.get(dataset);
  if (!list) {
    const homes = new Set(dataset.metadata.homePlaceIds);
    list = dataset.relations.flatMap((relation) => {
      const from = dataset.places.get(relation.from);
      const to = dataset.places.get(relation.to);
      if (!from || !to) return [];
      const reversed = homes.has(to.id) && !homes.has(from.id);
      return [{ relation, home: reversed ? to : from, place: reversed ? from : to }];
    });
    orientedCache.set(dataset, list);
  }
  return list;
}

/**
 * The relations in force (begun) at day `at`, each oriented from a home place when it has one.
 * Relations that have not begun by `at` are left out.
 */
export function relationRows(dataset: Dataset, at: string): RelationRow[] {
  const rows: RelationRow[] = [];
  for (const entry of orientedRelations(dataset)) {
    const state = relationStateAt(entry.relation, at);
    if (state) rows.push(rowWith(entry, state));
  }
  return rows;
}

// The row last built for each relation. A new date that leaves a relation as it was returns the same
// row object, so a slider step re-renders and redraws only the relations it changed, not all 10,000.
const lastRows = new WeakMap<OrientedRelation, RelationRow>();

function rowWith(entry: OrientedRelation, state: RelationState): RelationRow {
  const last = lastRows.get(entry);
  if (last && sameState(last.state, state)) return last;
  const row = { relation: entry.relation, home: entry.home, place: entry.place, state };
  lastRows.set(entry, row);
  return row;
}

function sameState(a: RelationState, b: RelationState): boolean {
  return (
    a === b ||
    (a.type === b.type &&
      a.status === b.status &&
      a.startIndex === b.startIndex &&
      a.statusIndex === b.statusIndex &&
      a.typeIndex === b.typeIndex &&
      a.evidenceIndex === b.evidenceIndex &&
      a.evidencedOn === b.evidencedOn &&
      a.lastIndex === b.lastIndex)
  );
}

/** Rows that can be drawn: both ends have coordinates. Networks and institutions inside a city cannot. */
export function isMappable(row: RelationRow): boolean {
  return row.home.coordinates !== undefined && row.place.coordinates !== undefined;
}

/** Every relation a place is part of, whether or not it had begun at some date. */
export function relationsOfPlace(dataset: Dataset, placeId: string): OrientedRelation[] {
  return orientedRelations(dataset).filter(
    (entry) => entry.place.id === placeId || entry.home.id === placeId,
  );
}
