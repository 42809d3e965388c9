import { useMemo } from 'react';
import { changesBetween } from '../data/changes-between';
import type { Dataset } from '../data/dataset';
import { facetCounts, filterRows, type Filters } from '../data/filters';
import { isMappable, relationRows } from '../data/relation-rows';
import { timeRange } from '../data/time-range';
import { todayIso } from '../data/today';
import type { UrlState } from '../state/url-state';

/** Everything the page derives from the dataset and the URL, memoized: rows at the date, filters, counts, changes. */
export function useViewData(dataset: Dataset, url: UrlState, homeCity: string | undefined) {
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
  const filters: Filters = useMemo(
    () => ({ status: url.status, type: url.type, country: url.country, q: url.q }),
    [url.status, url.type, url.country, url.q],
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
