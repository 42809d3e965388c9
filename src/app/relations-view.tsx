import { useQuery } from '@tanstack/react-query';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResolvedTheme } from '../components/status-style';
import type { AppConfig } from '../config/app-config';
import type { Dataset } from '../data/dataset';
import { placeName } from '../data/localize';
import type { UrlState } from '../state/url-state';
import { remoteStyleQueryOptions } from '../map/remote-basemap';
import { useBasemapConsent } from '../state/basemap-consent';
import { updateUrlState } from '../state/use-url-state';
import { BasemapConsentNotice } from './basemap-consent-notice';
import { Contained } from './contained';
import { useUiActions } from '../state/ui-store';
import { FilterControls, ListControls } from './controls';
import { EmbedLayout } from './embed-layout';
import { Legend } from './legend';
import { MapSlot } from './map-slot';
import { Notice, Notices } from './notices';
import { PageLayout } from './page-layout';
import { pageTitle } from './page-title';
import { SelectedPanel } from './selected-panel';
import { useEmbedMessaging } from './use-embed-messaging';
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
  const { hoverPlace } = useUiActions();
  const view = useViewData(dataset, url, config.homeCity);
  const selected = url.city ? dataset.places.get(url.city) : undefined;
  const select = useCallback((city: string) => updateUrlState({ city }), []);
  const close = useCallback(() => updateUrlState({ city: undefined }), []);
  useEmbedMessaging({ url, config, selected });
  const styleUrl = config.basemapStyleUrl;
  // Nothing is asked of the remote basemap's server before the reader agrees (same query as MapSlot's).
  const consent = useBasemapConsent(styleUrl);
  const remoteStyle = useQuery({ ...remoteStyleQueryOptions(styleUrl), enabled: consent.allowed });
  const [basemapFailed, setBasemapFailed] = useState(false);
  const onBasemapError = useCallback(() => setBasemapFailed(true), []);

  const title = pageTitle(config, dataset, i18n.language);
  const mapLabel = t('map.label', {
    home: view.homes[0] ? placeName(view.homes[0].names, i18n.language) : '',
  });
  const map = (
    <MapSlot
      rows={view.shown}
      homes={view.homes}
      selectedId={url.city}
      onSelect={select}
      config={config}
      theme={theme}
      mapLabel={mapLabel}
      cooperativeGestures={url.embed && url.gestures !== 'free'}
      consent={consent}
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
  const panel = selected && (
    <SelectedPanel
      dataset={dataset}
      place={selected}
      homes={view.homes}
      allRows={view.allRows}
      at={view.at}
      timeTravel={url.at !== undefined}
      onSelect={select}
      onClose={close}
    />
  );
  const controls = {
    filters: <FilterControls url={url} view={view} onSelect={select} />,
    legend: (
      <Contained area="legend">
        <Legend counts={view.legendCounts} />
      </Contained>
    ),
    list: <ListControls dataset={dataset} url={url} view={view} onSelect={select} onHover={hoverPlace} />,
  };
  const layout = {
    title,
    mapLabel,
    map: <Contained area="map">{map}</Contained>,
    panel: selected && (
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
