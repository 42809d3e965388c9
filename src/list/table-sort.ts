import type { RelationRow } from '../data/relation-rows';
import { effectiveDate } from '../data/relation-state';
import type { RelationStatus, RelationType } from '../data/vocabulary';
import type { TableColumn, TableSort } from '../state/table-view';
import { nameRanks } from './sorted-rows';

/** The words the table shows for codes, in the reader's language: a sort compares these. */
export interface TableLabels {
  country: (code: string) => string;
  type: (type: RelationType) => string;
  status: (status: RelationStatus) => string;
}

/** A rank or a day (ms since 1970) to order by; undefined is an unknown value, last in either direction. */
type SortKey = number | undefined;

/** The position of each distinct label in the alphabet of `language`; there are few, so this is cheap. */
function labelRanks(labels: Iterable<string>, language: string): Map<string, number> {
  const collator = new Intl.Collator(language);
  const sorted = [...new Set(labels)].sort((a, b) => collator.compare(a, b));
  return new Map(sorted.map((label, index) => [label, index]));
}

function eventDay(row: RelationRow, index: number): SortKey {
  const event = row.relation.events[index];
  return event && Date.parse(effectiveDate(event));
}

/** One function per column giving each row its key; labels are collated once, not per comparison. */
function keyFunction(
  column: TableColumn,
  rows: readonly RelationRow[],
  language: string,
  labels: TableLabels,
): (row: RelationRow) => SortKey {
  if (column === 'since') return (row) => eventDay(row, row.state.statusIndex);
  if (column === 'start') return (row) => eventDay(row, row.state.startIndex);
  if (column === 'name') {
    const ranks = nameRanks(rows, language);
    return (row) => ranks.get(row.place);
  }
  if (column === 'country') {
    const names = new Map<string, string>();
    for (const row of rows) {
      const code = row.place.country;
      if (code !== undefined && !names.has(code)) names.set(code, labels.country(code));
    }
    const ranks = labelRanks(names.values(), language);
    return (row) => {
      const name = row.place.country === undefined ? undefined : names.get(row.place.country);
      return name === undefined ? undefined : ranks.get(name);
    };
  }
  if (column === 'type') {
    const ranks = labelRanks(
      rows.map((row) => labels.type(row.state.type)),
      language,
    );
    return (row) => ranks.get(labels.type(row.state.type));
  }
  // An unknown status is an unknown value: it goes last, as a missing country does.
  const ranks = labelRanks(
    rows.map((row) => labels.status(row.state.status)),
    language,
  );
  return (row) => (row.state.status === 'unknown' ? undefined : ranks.get(labels.status(row.state.status)));
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return a - b;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Rows in the table's order. Names, countries, kinds and statuses follow the collation of
 * `language`, dates the calendar; unknown values come last in both directions. Ties are broken
 * by name (A to Z) and then by relation id, so every order is complete and repeatable.
 */
export function sortTableRows(
  rows: readonly RelationRow[],
  sort: TableSort,
  language: string,
  labels: TableLabels,
): RelationRow[] {
  const key = keyFunction(sort.column, rows, language, labels);
  const names = nameRanks(rows, language);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row) => ({ row, key: key(row), name: names.get(row.place) ?? 0 }))
    .sort((a, b) => {
      const known = a.key !== undefined && b.key !== undefined;
      const primary = known ? sign * compareKeys(a.key, b.key) : compareKeys(a.key, b.key);
      return primary || a.name - b.name || compareIds(a.row.relation.id, b.row.relation.id);
    })
    .map((entry) => entry.row);
}
