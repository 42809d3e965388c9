import type { RelationRow } from './relation-rows';
import { RELATION_STATUSES, type RelationStatus } from './vocabulary';

/** What the map shows, in numbers: the basis of its spoken summary. */
export interface ViewSummary {
  shown: number;
  /** Relations the map could show at the date, before filters. */
  total: number;
  /** The "as of" day, YYYY-MM-DD. */
  at: string;
  /** Shown relations per status, in the vocabulary's order; statuses with none are left out. */
  byStatus: { status: RelationStatus; count: number }[];
}

export function summarizeView(shown: readonly RelationRow[], total: number, at: string): ViewSummary {
  const counts = new Map<RelationStatus, number>();
  for (const row of shown) counts.set(row.state.status, (counts.get(row.state.status) ?? 0) + 1);
  const byStatus = RELATION_STATUSES.flatMap((status) => {
    const count = counts.get(status) ?? 0;
    return count > 0 ? [{ status, count }] : [];
  });
  return { shown: shown.length, total, at, byStatus };
}
