import { useQuery } from '@tanstack/react-query';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResolvedTheme } from '../components/status-style';
import type { AppConfig } from '../config/app-config';
import type { Dataset, PlaceEntry } from '../data/dataset';
import { pickText, placeName } from '../data/localize';
import { relationsOfPlace } from '../data/relation-rows';
import { RelationMap } from '../map/relation-map';
import { remoteStyleQueryOptions } from '../map/remote-basemap';
import { HomeOverview } from '../panel/home-overview';
import { PlacePanel } from '../panel/place-panel';
import { useHoveredPlaceId, useUiActions } from '../state/ui-store';
import type { UrlState } from '../state/url-state';
import { useBasemapConsent } from '../state/basemap-consent';
import { updateUrlState } from '../state/use-url-state';
import { BasemapConsentNotice } from './basemap-consent-notice';
import { Contained } from './contained';
import { useControls } from './controls';
import { EmbedLayout } from './embed-layout';
import { Notice, Notices } from './notices';
import { PageLayout } from './page-layout';
import { useEmbedMessaging } from './use-embed-messaging';
import { useMapLocale } from './use-map-locale';
import { useViewData } from './use-view-data';

export interface RelationsViewProps {
  dataset: Dataset;
  config: AppConfig;
  url: UrlState;
  theme: ResolvedTheme;
  /** A notice from further up (config.json failed), shown over the map. */
  notice?: ReactNode;
}

/** Derives the view from data and URL, and hands the pieces to the page or the embed layout. */
export function RelationsView({ dataset, config, url, theme, notice }: RelationsViewProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const hoveredId = useHoveredPlaceId();
  const { hoverPlace } = useUiActions();
  const view = useViewData(dataset, url, config.homeCity);
  const styleUrl = config.basemapStyleUrl;
  // Nothing is asked of the remote basemap's server before the reader agrees.
  const consent = useBasemapConsent(styleUrl);
  const remoteStyle = useQuery({ ...remoteStyleQueryOptions(styleUrl), enabled: consent.allowed });
  const [rememberedAtStart] = useState(consent.remembered);
  const [basemapFailed, setBasemapFailed] = useState(false);
  const onBasemapError = useCallback(() => setBasemapFailed(true), []);

  const selected: PlaceEntry | undefined = url.city ? dataset.places.get(url.city) : undefined;
  const select = useCallback((city: string) => updateUrlState({ city }), []);
  const close = useCallback(() => updateUrlState({ city: undefined }), []);
  useEmbedMessaging({ url, config, selected });

  const title = config.title
    ? ((language === 'en' ? config.title.en : undefined) ?? config.title.de)
    : pickText(dataset.metadata.title, language);
  const homeName = view.homes[0] ? placeName(view.homes[0].names, language) : '';
  const mapLabel = t('map.label', { home: homeName });
  const locale = useMapLocale(mapLabel);
  const attribution = [
    t('attribution.naturalEarth'),
    t('attribution.geonames'),
    ...(config.attribution ? [config.attribution] : []),
    ...(styleUrl && remoteStyle.isError ? [t('config.basemapFallback')] : []),
  ];
  // A remote basemap remembered from an earlier visit gets its few seconds before the map starts,
  // so it does not flash; one agreed to now replaces the bundled one in place.
  const waitingForBasemap = rememberedAtStart && styleUrl !== undefined && remoteStyle.isLoading;
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
      onBasemapError={onBasemapError}
    />
  );
  const notices = (
    <Notices>
      {notice}
      {styleUrl && <BasemapConsentNotice styleUrl={styleUrl} consent={consent} />}
      {styleUrl && remoteStyle.isError && <Notice>{t('notice.remoteFailed')}</Notice>}
      {basemapFailed && <Notice>{t('notice.basemapFailed')}</Notice>}
    </Notices>
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
  const layout = {
    title,
    mapLabel,
    map: <Contained area="map">{map}</Contained>,
    panel: panel && (
      <Contained area="panel" resetKey={selected.id} onClose={close}>
        {panel}
      </Contained>
    ),
    controls,
    notices,
    url,
  };
  return url.embed ? <EmbedLayout {...layout} /> : <PageLayout {...layout} />;
}
