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
  /** Index of the event that set the current type. */
  typeIndex: number;
  /**
   * Index of the latest event in force that confirms the current status: the event that set it,
   * or any later event that is not a one-way act (an appeal or a letter proves nothing about the other side).
   */
  evidenceIndex: number;
  /** The date of that event, at its own precision ("2022-03"): the status is evidenced as of then. */
  evidencedOn: string;
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

/** A history prepared once: each event's effective day and the state after it. */
interface CompiledHistory {
  dates: string[];
  states: (RelationState | undefined)[];
  /** Whether `dates` never decrease, so the state at a day can be found by binary search. */
  sorted: boolean;
}

const compiledHistories = new WeakMap<readonly RelationEvent[], CompiledHistory>();

function fold(
  events: readonly RelationEvent[],
  include: (index: number) => boolean,
): (RelationState | undefined)[] {
  const states: (RelationState | undefined)[] = [];
  let state: RelationState | undefined;
  events.forEach((event, index) => {
    if (include(index)) {
      if (state) {
        const confirms = event.status !== undefined || event.oneWay !== true;
        state = {
          type: event.type ?? state.type,
          status: event.status ?? state.status,
          startIndex: state.startIndex,
          statusIndex: event.status === undefined ? state.statusIndex : index,
          typeIndex: event.type === undefined ? state.typeIndex : index,
          evidenceIndex: confirms ? index : state.evidenceIndex,
          evidencedOn: confirms ? event.date : state.evidencedOn,
          lastIndex: index,
        };
      } else if (event.status !== undefined && event.type !== undefined) {
        state = {
          type: event.type,
          status: event.status,
          startIndex: index,
          statusIndex: index,
          typeIndex: index,
          evidenceIndex: index,
          evidencedOn: event.date,
          lastIndex: index,
        };
      }
    }
    states.push(state);
  });
  return states;
}

function compile(events: readonly RelationEvent[]): CompiledHistory {
  let compiled = compiledHistories.get(events);
  if (!compiled) {
    const dates = events.map(effectiveDate);
    const sorted = dates.every((date, index) => index === 0 || (dates[index - 1] ?? '') <= date);
    compiled = { dates, sorted, states: fold(events, () => true) };
    compiledHistories.set(events, compiled);
  }
  return compiled;
}

/** Index of the last date ≤ `at` in non-decreasing `dates`, or -1. */
function lastIndexAtOrBefore(dates: readonly string[], at: string): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((dates[middle] ?? '') <= at) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/**
 * Folds a relation's events, in file order, up to and including day `at` ("YYYY-MM-DD");
 * without `at`, folds all of them. Returns undefined while the relation has not begun,
 * i.e. before its first event that carries a status. Events are assumed validated
 * (the first status-carrying event also carries a type). Histories are prepared once,
 * so a call costs a binary search.
 */
export function relationStateAt(relation: Pick<Relation, 'events'>, at?: string): RelationState | undefined {
  const { dates, states, sorted } = compile(relation.events);
  if (at === undefined) return states[states.length - 1];
  if (sorted) return states[lastIndexAtOrBefore(dates, at)];
  // An "after" date can fall behind the next event; then fold only what is in force, in file order.
  return fold(relation.events, (index) => (dates[index] ?? '') <= at).at(-1);
}

/** Each event's effective day, as prepared for folding. */
export function effectiveDates(events: readonly RelationEvent[]): readonly string[] {
  return compile(events).dates;
}

/**
 * The state just before event `index` took effect, in file order (undefined before the relation began).
 * Used to say what a relation was before its current type, e.g. a cooperation before it became a partnership.
 */
export function stateBefore(relation: Pick<Relation, 'events'>, index: number): RelationState | undefined {
  return index > 0 ? compile(relation.events).states[index - 1] : undefined;
}
