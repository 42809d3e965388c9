import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResolvedTheme } from '../components/status-style';
import type { AppConfig } from '../config/app-config';
import type { Dataset, PlaceEntry } from '../data/dataset';
import { configuredTitle, pickText, placeName } from '../data/localize';
import { relationsOfPlace } from '../data/relation-rows';
import { RelationMap } from '../map/relation-map';
import { remoteStyleQueryOptions } from '../map/remote-basemap';
import { HomeOverview } from '../panel/home-overview';
import { PlacePanel } from '../panel/place-panel';
import { useHoveredPlaceId, useUiActions } from '../state/ui-store';
import type { UrlState } from '../state/url-state';
import { updateUrlState } from '../state/use-url-state';
import { AccessibilityButton } from './accessibility-button';
import { useControls } from './controls';
import { EmbedLayout } from './embed-layout';
import { PageLayout } from './page-layout';
import { useEmbedMessaging } from './use-embed-messaging';
import { useMapLocale } from './use-map-locale';
import { useViewData } from './use-view-data';

export interface RelationsViewProps {
  dataset: Dataset;
  config: AppConfig;
  url: UrlState;
  theme: ResolvedTheme;
}

/** Derives the view from data and URL, and hands the pieces to the page or the embed layout. */
export function RelationsView({ dataset, config, url, theme }: RelationsViewProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const hoveredId = useHoveredPlaceId();
  const { hoverPlace } = useUiActions();
  const view = useViewData(dataset, url, config.homeCity);
  const remoteStyle = useQuery(remoteStyleQueryOptions(config.basemapStyleUrl));

  const selected: PlaceEntry | undefined = url.city ? dataset.places.get(url.city) : undefined;
  const select = useCallback((city: string) => updateUrlState({ city }), []);
  const close = useCallback(() => updateUrlState({ city: undefined }), []);
  useEmbedMessaging({ url, config, selected });

  const title = config.title
    ? configuredTitle(config.title, language)
    : pickText(dataset.metadata.title, language);
  const homeName = view.homes[0] ? placeName(view.homes[0].names, language) : '';
  const mapLabel = t('map.label', { home: homeName });
  const locale = useMapLocale(mapLabel);
  const attribution = [
    t('attribution.naturalEarth'),
    t('attribution.geonames'),
    ...(config.attribution ? [config.attribution] : []),
    ...(config.basemapStyleUrl && remoteStyle.isError ? [t('config.basemapFallback')] : []),
  ];
  // A configured remote basemap gets its few seconds before the map starts, so it does not flash.
  const waitingForBasemap = config.basemapStyleUrl !== undefined && remoteStyle.isPending;
  const map = waitingForBasemap ? (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  ) : (
    <RelationMap
      key={language}
      rows={view.shown}
      homes={view.homes}
      language={language}
      selectedId={url.city}
      hoveredId={hoveredId}
      onSelect={select}
      onHover={hoverPlace}
      attribution={attribution}
      theme={theme}
      remoteStyle={remoteStyle.data ?? null}
      cooperativeGestures={url.embed && url.gestures !== 'free'}
      locale={locale}
    />
  );
  const panel =
    selected &&
    (view.homes.some((home) => home.id === selected.id) ? (
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
    ));
  const controls = useControls({ dataset, url, view, onSelect: select, onHover: hoverPlace });
  const statement = <AccessibilityButton title={title} config={config} />;
  const layout = { title, mapLabel, map, panel, controls, url, statement };
  return url.embed ? <EmbedLayout {...layout} /> : <PageLayout {...layout} />;
}
