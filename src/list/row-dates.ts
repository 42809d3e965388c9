import type { RelationRow } from '../data/relation-rows';
import type { RelationEvent } from '../data/schema';

/** The events behind a table row's date cells. */
interface RowDates {
  /** The event that set the status shown. */
  since: RelationEvent | undefined;
  /**
   * The latest event that confirms that status (the list's "last confirmed"), when it is dated
   * later than `since`; otherwise the date in `since` is already the latest evidence.
   */
  confirmed: RelationEvent | undefined;
  /** The event that began the relation: its year is the start year. */
  start: RelationEvent | undefined;
}

export function rowDates(row: RelationRow): RowDates {
  const { events } = row.relation;
  const since = events[row.state.statusIndex];
  const confirmed = events[row.state.evidenceIndex];
  return {
    since,
    confirmed: confirmed && confirmed.date !== since?.date ? confirmed : undefined,
    start: events[row.state.startIndex],
  };
}

/** Just the year of an event, with its qualifier kept ("after 1989" stays "after 1989"). */
export function yearOf(event: RelationEvent): Pick<RelationEvent, 'date' | 'dateQualifier'> {
  return { date: event.date.slice(0, 4), dateQualifier: event.dateQualifier };
}
