import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset, PlaceEntry } from '../data/dataset';
import { facetCounts, filterRows, type Filters } from '../data/filters';
import { placeName } from '../data/localize';
import { isMappable, relationRows, rowsOfPlace } from '../data/relation-rows';
import { todayIso } from '../data/today';
import { FilterBar } from '../filters/filter-bar';
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

export function RelationsView({ dataset, url }: { dataset: Dataset; url: UrlState }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const hoveredId = useHoveredPlaceId();
  const { hoverPlace } = useUiActions();
  const today = todayIso();

  const homes = useMemo(
    () => dataset.metadata.homePlaceIds.flatMap((id) => dataset.places.get(id) ?? []),
    [dataset],
  );
  const allRows = useMemo(() => relationRows(dataset, today), [dataset, today]);
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

  const selected: PlaceEntry | undefined = url.city ? dataset.places.get(url.city) : undefined;
  const select = useCallback((city: string) => updateUrlState({ city }), []);
  const close = useCallback(() => updateUrlState({ city: undefined }), []);
  const panelOpen = selected !== undefined;
  const homeName = homes[0] ? placeName(homes[0].names, language) : '';

  return (
    <div className={`layout${panelOpen ? ' has-panel' : ''}`}>
      <a className="skip-link" href="#city-list">
        {t('app.skipToList')}
      </a>
      <header className="app-header">
        <div>
          <h1>{pickTitle(dataset, language) ?? t('app.title')}</h1>
          <p className="subtitle">{t('app.subtitle')}</p>
        </div>
        <LanguageSwitcher current={url.lang} />
      </header>
      <div className="sidebar">
        <FilterBar
          filters={filters}
          counts={counts}
          shown={shown.length}
          total={mappable.length}
          onChange={(patch, options) => updateUrlState(toUrlPatch(patch), options)}
        />
        <Legend counts={legendCounts} />
        <CityList rows={shown} selectedId={url.city} onSelect={select} onHover={hoverPlace} />
        <p className="data-note">
          {t('app.dataUpdated', { date: formatPartialDate(dataset.metadata.updated, language) })} ·{' '}
          {t('app.asOf', { date: formatPartialDate(today, language) })}
        </p>
      </div>
      <main className="map-area" aria-label={t('map.label', { home: homeName })}>
        <p className="visually-hidden">{t('map.hint')}</p>
        <RelationMap
          rows={shown}
          homes={homes}
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
            dataset={dataset}
            home={selected}
            rows={allRows.filter((row) => row.home.id === selected.id)}
            onSelect={select}
            onClose={close}
          />
        ) : (
          <PlacePanel
            key={selected.id}
            dataset={dataset}
            place={selected}
            rows={rowsOfPlace(allRows, selected.id)}
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

function pickTitle(dataset: Dataset, language: string): string | undefined {
  return language === 'de' ? dataset.metadata.title.de : dataset.metadata.title.en;
}
