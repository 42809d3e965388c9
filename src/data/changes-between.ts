import type { Dataset, PlaceEntry } from './dataset';
import { orientedRelations } from './relation-rows';
import { effectiveDates, relationStateAt, type RelationState } from './relation-state';
import type { Relation, RelationEvent } from './schema';

/** A relation whose type or status differs between two dates, with the events that changed it. */
export interface RelationChange {
  relation: Relation;
  /** The far end of the relation, as seen from its home city. */
  place: PlaceEntry;
  /** Undefined when the relation had not begun at the first date. */
  before: RelationState | undefined;
  after: RelationState;
  events: RelationEvent[];
}

/**
 * The relations whose status or type changed from day `from` to day `to` (both "YYYY-MM-DD",
 * `from` < `to`), including those that began in between, ordered by their first change.
 */
export function changesBetween(dataset: Dataset, from: string, to: string): RelationChange[] {
  const changes: { first: string; change: RelationChange }[] = [];
  for (const { relation, place } of orientedRelations(dataset)) {
    const before = relationStateAt(relation, from);
    const after = relationStateAt(relation, to);
    if (!after || (before && before.status === after.status && before.type === after.type)) continue;
    const dates = effectiveDates(relation.events);
    const changed = relation.events.flatMap((event, index) => {
      const date = dates[index] ?? '';
      return date > from && date <= to && (event.status !== undefined || event.type !== undefined)
        ? [{ event, date }]
        : [];
    });
    const events = changed.map(({ event }) => event);
    changes.push({ first: changed[0]?.date ?? to, change: { relation, place, before, after, events } });
  }
  return changes.sort((a, b) => a.first.localeCompare(b.first)).map(({ change }) => change);
}
