import { periodEnd, periodStart } from './partial-date';
import type { Relation, RelationEvent } from './schema';
import type { RelationStatus, RelationType } from './vocabulary';

/** What a relation was at some date, folded from its events. */
export interface RelationState {
  type: RelationType;
  status: RelationStatus;
  /** Index of the event that began the relation (its first event with a status). */
  startIndex: number;
  /** Index of the event that set the current status. */
  statusIndex: number;
  /** Index of the last event in force at the date. */
  lastIndex: number;
}

/**
 * The day from which an event counts for "as of" purposes: the first day of its period,
 * or for "after 1989" the first day after the period, since the change came later.
 */
export function effectiveDate(event: Pick<RelationEvent, 'date' | 'dateQualifier'>): string {
  return event.dateQualifier === 'after' ? periodEnd(event.date) : periodStart(event.date);
}

/**
 * Folds a relation's events, in file order, up to and including day `at` ("YYYY-MM-DD");
 * without `at`, folds all of them. Returns undefined while the relation has not begun,
 * i.e. before its first event that carries a status. Events are assumed validated
 * (the first status-carrying event also carries a type).
 */
export function relationStateAt(relation: Pick<Relation, 'events'>, at?: string): RelationState | undefined {
  let state: RelationState | undefined;
  relation.events.forEach((event, index) => {
    if (at !== undefined && effectiveDate(event) > at) return;
    if (state === undefined) {
      if (event.status === undefined || event.type === undefined) return;
      state = { type: event.type, status: event.status, startIndex: index, statusIndex: index, lastIndex: index };
      return;
    }
    state = {
      ...state,
      type: event.type ?? state.type,
      status: event.status ?? state.status,
      statusIndex: event.status === undefined ? state.statusIndex : index,
      lastIndex: index,
    };
  });
  return state;
}
