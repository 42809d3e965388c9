import type { Dataset, PlaceEntry } from './dataset';
import { effectiveDate } from './relation-state';
import type { RelationRow } from './relation-rows';
import type { Relation } from './schema';

/** Every source id a relation's events cite, including those that disagree. */
function citedByRelation(relation: Relation): string[] {
  return relation.events.flatMap((event) => [...event.sources, ...(event.dispute?.sources ?? [])]);
}

function citedByPlace(place: PlaceEntry): string[] {
  return [...(place.population?.sources ?? []), ...(place.occupation?.sources ?? [])];
}

/**
 * The part of a dataset a reader is looking at: the shown relations with their history up to
 * day `at` (so their status is the one on screen), their places (and the places those lie in),
 * the home places, and exactly the sources all of these cite. Still a complete, valid dataset.
 */
export function extractView(dataset: Dataset, rows: readonly RelationRow[], at: string): Dataset {
  const relations = rows.map((row) => ({
    ...row.relation,
    events: row.relation.events.filter((event) => effectiveDate(event) <= at),
  }));
  const placeIds = new Set([
    ...dataset.metadata.homePlaceIds,
    ...relations.flatMap((relation) => [relation.from, relation.to]),
  ]);
  // A district's city or a consulate's host city comes along, so `within` still resolves.
  for (const id of placeIds) {
    const within = dataset.places.get(id)?.within;
    if (within) placeIds.add(within);
  }
  const places = new Map([...dataset.places].filter(([id]) => placeIds.has(id)));
  const cited = new Set([
    ...relations.flatMap(citedByRelation),
    ...[...places.values()].flatMap(citedByPlace),
  ]);
  const sources = Object.fromEntries(Object.entries(dataset.sources).filter(([id]) => cited.has(id)));
  return { metadata: dataset.metadata, sources, places, relations };
}
