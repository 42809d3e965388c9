import { placeName } from '../data/localize';
import type { RelationRow } from '../data/relation-rows';

/** How many cities the list shows at first and adds per "show more": enough for a city's dataset, cheap at 25,000. */
export const LIST_PAGE_SIZE = 200;

/**
 * Rows in alphabetical order of the place's name in `language`. One collator for the whole
 * sort: `localeCompare` builds one per comparison, which costs seconds at 10,000 rows.
 */
export function sortRowsByName(rows: readonly RelationRow[], language: string): RelationRow[] {
  const collator = new Intl.Collator(language);
  return rows
    .map((row) => ({ row, name: placeName(row.place.names, language) }))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((entry) => entry.row);
}
