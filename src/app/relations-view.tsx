import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResolvedTheme } from '../components/status-style';
import type { AppConfig } from '../config/app-config';
import type { Dataset } from '../data/dataset';
import { initialBounds } from '../data/initial-view';
import { placeName } from '../data/localize';
import type { UrlState } from '../state/url-state';
import { remoteStyleQueryOptions } from '../map/remote-basemap';
import { useBasemapConsent } from '../state/basemap-consent';
import { updateUrlState } from '../state/use-url-state';
import { BasemapConsentNotice } from './basemap-consent-notice';
import { Contained } from './contained';
import { useUiActions } from '../state/ui-store';
import { AccessibilityButton } from './accessibility-button';
import { FilterControls, ListControls } from './controls';
import { DatasetPicker } from './dataset-picker';
import { DownloadButton } from './download-button';
import { EmbedLayout } from './embed-layout';
import { READABLE_LINE_LIMIT } from '../map/to-geojson';
import { Legend } from './legend';
import { MapSlot } from './map-slot';
import { Notice, Notices } from './notices';
import { MapSummary } from './map-summary';
import { PageLayout } from './page-layout';
import { pageTitle } from './page-title';
import { SelectedPanel } from './selected-panel';
import { useEmbedMessaging } from './use-embed-messaging';
import { useViewData } from './use-view-data';

export interface RelationsViewProps {
  dataset: Dataset;
  /** Where the dataset came from, so the picker can mark it. */
  dataUrl: string;
  config: AppConfig;
  url: UrlState;
  theme: ResolvedTheme;
  /** A notice from further up (config.json failed), shown over the map. */
  notice?: ReactNode;
}

/** Derives the view from data and URL, and hands the pieces to the page or the embed layout. */
export function RelationsView({ dataset, dataUrl, config, url, theme, notice }: RelationsViewProps) {
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
  useEffect(
    function showDatasetTitle() {
      document.title = title;
    },
    [title],
  );
  const bounds = useMemo(() => initialBounds(dataset), [dataset]);
  const mapLabel = t('map.label', {
    home: view.homes[0] ? placeName(view.homes[0].names, i18n.language) : '',
  });
  const map = (
    <MapSlot
      // A new dataset starts a new map: its initial view is read once.
      key={dataset.metadata.id}
      initialBounds={bounds}
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
        <Legend
          counts={view.legendCounts}
          at={view.at}
          shown={view.shown.length}
          lineLimit={READABLE_LINE_LIMIT}
        />
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
    summary: <MapSummary rows={view.shown} total={view.mappable.length} at={view.at} />,
    controls,
    notices,
    url,
    datasetPicker: <DatasetPicker config={config} dataUrl={dataUrl} />,
    download: <DownloadButton dataset={dataset} rows={view.shown} at={view.at} />,
    statement: <AccessibilityButton title={title} config={config} />,
  };
  return url.embed ? <EmbedLayout {...layout} /> : <PageLayout {...layout} />;
}
