import { allNames, foldForSearch } from './localize';
import type { RelationRow } from './relation-rows';
import type { RelationStatus, RelationType } from './vocabulary';

export interface Filters {
  status: readonly RelationStatus[];
  type: readonly RelationType[];
  /** ISO 3166-1 alpha-2 codes. */
  country: readonly string[];
  /** Free text matched against every name of the place. */
  q: string;
}

export const NO_FILTERS: Filters = { status: [], type: [], country: [], q: '' };

/** Just the filter fields of a larger state (the URL state carries them among others). */
export function pickFilters({ status, type, country, q }: Filters): Filters {
  return { status, type, country, q };
}

export type Facet = 'status' | 'type' | 'country';

function facetValue(row: RelationRow, facet: Facet): string {
  if (facet === 'status') return row.state.status;
  if (facet === 'type') return row.state.type;
  return row.place.country ?? '';
}

// Folded once per place: search then costs a substring test per name.
const searchableCache = new WeakMap<object, string[]>();

function searchableNames(row: RelationRow): string[] {
  let names = searchableCache.get(row.place.names);
  if (!names) {
    names = allNames(row.place.names).map(foldForSearch);
    searchableCache.set(row.place.names, names);
  }
  return names;
}

/**
 * A predicate for the filters, optionally ignoring one facet (for that facet's counts).
 * Built once per call site, so a slider step over thousands of rows does no repeated set-up.
 */
function rowPredicate(filters: Filters, ignore?: Facet): (row: RelationRow) => boolean {
  const facets = (['status', 'type', 'country'] as const).filter(
    (facet) => facet !== ignore && filters[facet].length > 0,
  );
  const wanted = new Map<Facet, ReadonlySet<string>>(
    facets.map((facet) => [facet, new Set<string>(filters[facet])]),
  );
  const needle = foldForSearch(filters.q);
  return (row) => {
    for (const [facet, values] of wanted) if (!values.has(facetValue(row, facet))) return false;
    return needle === '' || searchableNames(row).some((name) => name.includes(needle));
  };
}

export function filterRows(rows: readonly RelationRow[], filters: Filters): RelationRow[] {
  return rows.filter(rowPredicate(filters));
}

/**
 * How many rows each value of a facet would show, given all the other filters:
 * the usual faceted-search count, so a chip tells what choosing it would give.
 */
export function facetCounts(
  rows: readonly RelationRow[],
  filters: Filters,
  facet: Facet,
): Map<string, number> {
  const counts = new Map<string, number>();
  const keep = rowPredicate(filters, facet);
  for (const row of rows) {
    if (!keep(row)) continue;
    const value = facetValue(row, facet);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}
