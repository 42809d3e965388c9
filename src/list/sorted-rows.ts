import { placeName } from '../data/localize';
import type { PlaceEntry } from '../data/dataset';
import type { RelationRow } from '../data/relation-rows';

/** How many cities the list shows at first and adds per "show more": enough for a city's dataset, cheap at 25,000. */
export const LIST_PAGE_SIZE = 200;

// Each place's position in the alphabet of one language. Collating names is the expensive part
// of sorting, and names do not change with the date or the filters, so places are ranked once
// per language; a re-sort after a filter or slider change then compares two numbers.
interface Ranking {
  places: Set<PlaceEntry>;
  rank: Map<PlaceEntry, number>;
}

const rankings = new Map<string, Ranking>();

function ranking(rows: readonly RelationRow[], language: string): Ranking {
  let entry = rankings.get(language);
  if (!entry) {
    entry = { places: new Set(), rank: new Map() };
    rankings.set(language, entry);
  }
  const { places } = entry;
  const before = places.size;
  for (const row of rows) places.add(row.place);
  if (places.size !== before) {
    // New places: rank all known ones afresh, so every rank stays comparable with every other.
    const collator = new Intl.Collator(language);
    const sorted = [...places]
      .map((place) => ({ place, name: placeName(place.names, language) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    entry.rank = new Map(sorted.map((item, index) => [item.place, index]));
  }
  return entry;
}

/** Each row's place's position in the alphabet of `language`: compare these instead of names. */
export function nameRanks(rows: readonly RelationRow[], language: string): ReadonlyMap<PlaceEntry, number> {
  return ranking(rows, language).rank;
}

/**
 * Rows in alphabetical order of the place's name in `language`; rows of one place keep their order.
 * The sort runs on numbers in a typed array, natively and without a comparator call per pair:
 * each key is the place's rank times the row count plus the row's index, so it sorts by rank and
 * then by position, and gives the row back.
 */
export function sortRowsByName(rows: readonly RelationRow[], language: string): RelationRow[] {
  const { rank } = ranking(rows, language);
  const count = rows.length;
  const keys = new Float64Array(count);
  rows.forEach((row, index) => {
    keys[index] = (rank.get(row.place) ?? 0) * count + index;
  });
  keys.sort();
  const sorted: RelationRow[] = [];
  for (const key of keys) {
    const row = rows[key % count];
    if (row) sorted.push(row);
  }
  return sorted;
}
