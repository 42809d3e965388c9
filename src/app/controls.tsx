import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../data/dataset';
import { FilterBar } from '../filters/filter-bar';
import { TimeControl } from '../filters/time-control';
import { WhatChanged } from '../filters/what-changed';
import { formatPartialDate } from '../i18n/format';
import { CityList } from '../list/city-list';
import { DEFAULT_TABLE_SORT, type ListMode, type TableSort } from '../state/table-view';
import type { UrlState } from '../state/url-state';
import { updateUrlState } from '../state/use-url-state';
import { Contained } from './contained';
import type { ViewData } from './use-view-data';

/** The controls beside the map, as sections the page shows together and the embed one at a time. */
export interface ControlSections {
  /** Time control, filters and the "what changed" comparison. */
  filters: ReactNode;
  legend: ReactNode;
  list: ReactNode;
}

function setListMode(mode: ListMode): void {
  updateUrlState({ list: mode === 'table' ? 'table' : undefined });
}

// A new order replaces the history entry: back should leave the table, not replay its sorting.
function setSort(sort: TableSort | undefined): void {
  updateUrlState({ sort }, { replace: true });
}

function setDate(at: string | undefined, options?: { replace?: boolean }): void {
  updateUrlState({ at }, options);
}

/** The date, the filters and the comparison of two dates; every change goes to the URL. */
export function FilterControls({
  url,
  view,
  onSelect,
}: {
  url: UrlState;
  view: ViewData;
  onSelect: (placeId: string) => void;
}) {
  return (
    <>
      <Contained area="time">
        <TimeControl
          at={url.at}
          today={view.today}
          first={view.range.first}
          last={view.range.last}
          onChange={setDate}
        />
      </Contained>
      <Contained area="filters">
        <FilterBar
          filters={view.filters}
          counts={view.counts}
          shown={view.shown.length}
          total={view.mappable.length}
          onChange={updateUrlState}
        />
      </Contained>
      <Contained area="compare">
        <WhatChanged
          from={url.from}
          to={view.at}
          changes={view.changes}
          onFromChange={(from) => updateUrlState({ from })}
          onSelect={onSelect}
        />
      </Contained>
    </>
  );
}

/** The city list (or table) with the date the data was last updated. */
export function ListControls({
  dataset,
  url,
  view,
  onSelect,
  onHover,
}: {
  dataset: Dataset;
  url: UrlState;
  view: ViewData;
  onSelect: (placeId: string) => void;
  onHover: (placeId: string | undefined) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <Contained area="list">
        <CityList
          rows={view.shown}
          selectedId={url.city}
          onSelect={onSelect}
          onHover={onHover}
          mode={url.list ?? 'list'}
          onModeChange={setListMode}
          sort={url.sort ?? DEFAULT_TABLE_SORT}
          onSortChange={setSort}
          total={view.mappable.length}
          at={view.at}
          filters={view.filters}
        />
      </Contained>
      <p className="data-note">
        {t('app.dataUpdated', { date: formatPartialDate(dataset.metadata.updated, i18n.language) })}
      </p>
    </>
  );
}
