import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset, PlaceEntry } from '../data/dataset';
import type { Filters } from '../data/filters';
import { pickText, placeName } from '../data/localize';
import { relationsOfPlace } from '../data/relation-rows';
import { FilterBar } from '../filters/filter-bar';
import { TimeControl } from '../filters/time-control';
import { WhatChanged } from '../filters/what-changed';
import { CityList } from '../list/city-list';
import { RelationMap } from '../map/relation-map';
import { HomeOverview } from '../panel/home-overview';
import { PlacePanel } from '../panel/place-panel';
import { useHoveredPlaceId, useUiActions } from '../state/ui-store';
import type { UrlState } from '../state/url-state';
import { updateUrlState } from '../state/use-url-state';
import { formatPartialDate } from '../i18n/format';
import { LanguageSwitcher } from './language-switcher';
import { Legend } from './legend';
import { useViewData } from './use-view-data';

export function RelationsView({ dataset, url }: { dataset: Dataset; url: UrlState }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const hoveredId = useHoveredPlaceId();
  const { hoverPlace } = useUiActions();
  const view = useViewData(dataset, url);

  const selected: PlaceEntry | undefined = url.city ? dataset.places.get(url.city) : undefined;
  const select = useCallback((city: string) => updateUrlState({ city }), []);
  const close = useCallback(() => updateUrlState({ city: undefined }), []);
  const setDate = useCallback(
    (at: string | undefined, options?: { replace?: boolean }) => updateUrlState({ at }, options),
    [],
  );
  const homeName = view.homes[0] ? placeName(view.homes[0].names, language) : '';

  return (
    <div className={`layout${selected ? ' has-panel' : ''}`}>
      <a className="skip-link" href="#city-list">
        {t('app.skipToList')}
      </a>
      <header className="app-header">
        <div>
          <h1>{pickText(dataset.metadata.title, language)}</h1>
          <p className="subtitle">{t('app.subtitle')}</p>
        </div>
        <LanguageSwitcher current={url.lang} />
      </header>
      <div className="sidebar">
        <TimeControl
          at={url.at}
          today={view.today}
          first={view.range.first}
          last={view.range.last}
          onChange={setDate}
        />
        <FilterBar
          filters={view.filters}
          counts={view.counts}
          shown={view.shown.length}
          total={view.mappable.length}
          onChange={(patch, options) => updateUrlState(toUrlPatch(patch), options)}
        />
        <Legend counts={view.legendCounts} />
        <WhatChanged
          from={url.from}
          to={view.at}
          changes={view.changes}
          onFromChange={(from) => updateUrlState({ from })}
          onSelect={select}
        />
        <CityList rows={view.shown} selectedId={url.city} onSelect={select} onHover={hoverPlace} />
        <p className="data-note">
          {t('app.dataUpdated', { date: formatPartialDate(dataset.metadata.updated, language) })}
        </p>
      </div>
      <main className="map-area" aria-label={t('map.label', { home: homeName })}>
        <p className="visually-hidden">{t('map.hint')}</p>
        <RelationMap
          rows={view.shown}
          homes={view.homes}
          language={language}
          selectedId={url.city}
          hoveredId={hoveredId}
          onSelect={select}
          onHover={hoverPlace}
          label={t('map.label', { home: homeName })}
          attribution={[t('attribution.naturalEarth'), t('attribution.geonames')]}
        />
      </main>
      {selected &&
        (dataset.metadata.homePlaceIds.includes(selected.id) ? (
          <HomeOverview
            home={selected}
            rows={view.allRows.filter((row) => row.home.id === selected.id)}
            onSelect={select}
            onClose={close}
          />
        ) : (
          <PlacePanel
            key={selected.id}
            dataset={dataset}
            place={selected}
            relations={relationsOfPlace(dataset, selected.id)}
            at={view.at}
            timeTravel={url.at !== undefined}
            onClose={close}
          />
        ))}
    </div>
  );
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
