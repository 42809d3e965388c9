import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../data/dataset';
import type { Filters } from '../data/filters';
import { FilterBar } from '../filters/filter-bar';
import { TimeControl } from '../filters/time-control';
import { WhatChanged } from '../filters/what-changed';
import { CityList } from '../list/city-list';
import type { UrlState } from '../state/url-state';
import { updateUrlState } from '../state/use-url-state';
import { formatPartialDate } from '../i18n/format';
import { Contained } from './contained';
import { Legend } from './legend';
import type { useViewData } from './use-view-data';

export interface ControlSections {
  /** Time control, filters and the "what changed" comparison. */
  filters: ReactNode;
  legend: ReactNode;
  list: ReactNode;
}

/** The controls beside the map, as sections the page shows together and the embed one at a time. */
export function useControls({
  dataset,
  url,
  view,
  onSelect,
  onHover,
}: {
  dataset: Dataset;
  url: UrlState;
  view: ReturnType<typeof useViewData>;
  onSelect: (placeId: string) => void;
  onHover: (placeId: string | undefined) => void;
}): ControlSections {
  const { t, i18n } = useTranslation();
  const setDate = useCallback(
    (at: string | undefined, options?: { replace?: boolean }) => updateUrlState({ at }, options),
    [],
  );
  return {
    filters: (
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
            onChange={(patch, options) => updateUrlState(toUrlPatch(patch), options)}
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
    ),
    legend: (
      <Contained area="legend">
        <Legend counts={view.legendCounts} />
      </Contained>
    ),
    list: (
      <>
        <Contained area="list">
          <CityList rows={view.shown} selectedId={url.city} onSelect={onSelect} onHover={onHover} />
        </Contained>
        <p className="data-note">
          {t('app.dataUpdated', { date: formatPartialDate(dataset.metadata.updated, i18n.language) })}
        </p>
      </>
    ),
  };
}

function toUrlPatch(patch: Partial<Filters>): Partial<UrlState> {
  const { status, type, country, q } = patch;
  return {
    ...(status && { status: [...status] }),
    ...(type && { type: [...type] }),
    ...(country && { country: [...country] }),
    ...(q !== undefined && { q }),
  };
}
