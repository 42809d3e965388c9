import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UrlState } from '../state/url-state';
import type { ControlSections } from './controls';
import { MAP_SUMMARY_ID } from './map-summary';
import { LanguageSwitcher } from './language-switcher';
import { ShareButton } from './share-button';
import './layout.css';
import './table-layout.css';

export interface LayoutProps {
  title: string;
  mapLabel: string;
  /** The map's text summary, a live region with id MAP_SUMMARY_ID. */
  summary: ReactNode;
  map: ReactNode;
  panel: ReactNode;
  controls: ControlSections;
  /** Notices over the map (settings, basemap, consent). */
  notices: ReactNode;
  url: UrlState;
  /** Switches datasets; renders nothing when config.json lists only one. */
  datasetPicker: ReactNode;
  /** Downloads the relations now shown. */
  download: ReactNode;
  /** The button that opens the accessibility statement. */
  statement: ReactNode;
}

/** The full page: header, sidebar with every control, the map, and the side panel. */
export function PageLayout({
  title,
  mapLabel,
  summary,
  map,
  panel,
  controls,
  url,
  datasetPicker,
  download,
  statement,
  notices,
}: LayoutProps) {
  const { t } = useTranslation();
  // The table needs more room than the list: the sidebar widens while it is shown.
  const table = url.list === 'table' ? ' table-view' : '';
  return (
    <div className={`layout${panel ? ' has-panel' : ''}${table}`}>
      <a className="skip-link" href="#city-list">
        {t('app.skipToList')}
      </a>
      <header className="app-header">
        <div>
          <h1>{title}</h1>
          <p className="subtitle">{t('app.subtitle')}</p>
        </div>
        <div className="header-actions">
          {datasetPicker}
          {download}
          <ShareButton title={title} />
          {statement}
          <LanguageSwitcher />
        </div>
      </header>
      <aside className="sidebar" aria-label={t('app.controls')}>
        {controls.filters}
        {controls.legend}
        {controls.list}
      </aside>
      <main className="map-area" aria-label={mapLabel} aria-describedby={MAP_SUMMARY_ID}>
        <p className="visually-hidden">{t('map.hint')}</p>
        {notices}
        {summary}
        {map}
      </main>
      {panel}
    </div>
  );
}
