import type { Dataset } from '../../data/dataset';
import { placeName } from '../../data/localize';
import { relationRows, type RelationRow } from '../../data/relation-rows';
import type { Relation } from '../../data/schema';
import { RELATION_STATUSES, type RelationStatus } from '../../data/vocabulary';

/** The relations of one status, in the order the static page lists them. */
export interface StatusGroup {
  status: RelationStatus;
  rows: RelationRow[];
}

/**
 * Every relation in force at `at`, grouped by its status then (statuses in the vocabulary's
 * order, empty ones left out), and by the other place's name in `language` within a group.
 */
export function relationsByStatus(dataset: Dataset, at: string, language: string): StatusGroup[] {
  const collator = new Intl.Collator(language);
  const rows = relationRows(dataset, at);
  return RELATION_STATUSES.flatMap((status) => {
    const inGroup = rows
      .filter((row) => row.state.status === status)
      .sort((a, b) =>
        collator.compare(placeName(a.place.names, language), placeName(b.place.names, language)),
      );
    return inGroup.length > 0 ? [{ status, rows: inGroup }] : [];
  });
}

/** The ids of the sources a relation's history cites (disputes included), once each, in order of citation. */
export function citedSources(relation: Relation): string[] {
  const ids = relation.events.flatMap((event) => [...event.sources, ...(event.dispute?.sources ?? [])]);
  return [...new Set(ids)];
}
