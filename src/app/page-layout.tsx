import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UrlState } from '../state/url-state';
import type { ControlSections } from './controls';
import { LanguageSwitcher } from './language-switcher';
import { ShareButton } from './share-button';
import './layout.css';

export interface LayoutProps {
  title: string;
  mapLabel: string;
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
  map,
  panel,
  controls,
  datasetPicker,
  download,
  statement,
  notices,
}: LayoutProps) {
  const { t } = useTranslation();
  return (
    <div className={`layout${panel ? ' has-panel' : ''}`}>
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
      <main className="map-area" aria-label={mapLabel}>
        <p className="visually-hidden">{t('map.hint')}</p>
        {notices}
        {map}
      </main>
      {panel}
    </div>
  );
}
