import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../data/dataset';
import { FilterBar } from '../filters/filter-bar';
import { TimeControl } from '../filters/time-control';
import { WhatChanged } from '../filters/what-changed';
import { formatPartialDate } from '../i18n/format';
import { CityList } from '../list/city-list';
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

/** The city list with the date the data was last updated. */
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
        <CityList rows={view.shown} selectedId={url.city} onSelect={onSelect} onHover={onHover} />
      </Contained>
      <p className="data-note">
        {t('app.dataUpdated', { date: formatPartialDate(dataset.metadata.updated, i18n.language) })}
      </p>
    </>
  );
}
