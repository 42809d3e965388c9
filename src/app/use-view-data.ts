import { useMemo } from 'react';
import { changesBetween, type RelationChange } from '../data/changes-between';
import type { Dataset } from '../data/dataset';
import { facetCounts, filterRows, pickFilters, type Filters } from '../data/filters';
import type { PlaceEntry } from '../data/dataset';
import { isMappable, relationRows, type RelationRow } from '../data/relation-rows';
import { timeRange, type TimeRange } from '../data/time-range';
import { todayIso } from '../data/today';
import type { UrlState } from '../state/url-state';

/** Everything the page derives from the dataset and the URL. */
export interface ViewData {
  today: string;
  /** The "as of" day: the URL's, or today. */
  at: string;
  homes: PlaceEntry[];
  range: TimeRange;
  /** Every relation at the date, mapped or not (networks, institutions inside a city). */
  allRows: RelationRow[];
  /** The relations the map can draw, before filters. */
  mappable: RelationRow[];
  filters: Filters;
  shown: RelationRow[];
  counts: Record<'status' | 'type' | 'country', Map<string, number>>;
  legendCounts: Map<string, number>;
  changes: RelationChange[] | undefined;
}

/** The view, memoized piece by piece: rows at the date, filters, counts, changes. */
export function useViewData(dataset: Dataset, url: UrlState, homeCity: string | undefined): ViewData {
  const today = todayIso();
  const at = url.at ?? today;
  // config.json may pick one home city of a dataset that has several.
  const homes = useMemo(() => {
    const { homePlaceIds } = dataset.metadata;
    const ids = homeCity && homePlaceIds.includes(homeCity) ? [homeCity] : homePlaceIds;
    return ids.flatMap((id) => dataset.places.get(id) ?? []);
  }, [dataset, homeCity]);
  const range = useMemo(() => timeRange(dataset, today), [dataset, today]);
  const allRows = useMemo(() => relationRows(dataset, at), [dataset, at]);
  const mappable = useMemo(() => allRows.filter(isMappable), [allRows]);
  // The URL state is parsed anew on every navigation, so only its filter fields key this memo.
  const { status, type, country, q } = url;
  const filters: Filters = useMemo(
    () => pickFilters({ status, type, country, q }),
    [status, type, country, q],
  );
  const shown = useMemo(() => filterRows(mappable, filters), [mappable, filters]);
  const counts = useMemo(
    () => ({
      status: facetCounts(mappable, filters, 'status'),
      type: facetCounts(mappable, filters, 'type'),
      country: facetCounts(mappable, filters, 'country'),
    }),
    [mappable, filters],
  );
  const legendCounts = useMemo(() => facetCounts(shown, filters, 'status'), [shown, filters]);
  const changes = useMemo(
    () => (url.from !== undefined && url.from < at ? changesBetween(dataset, url.from, at) : undefined),
    [dataset, url.from, at],
  );
  return { today, at, homes, range, allRows, mappable, filters, shown, counts, legendCounts, changes };
}
