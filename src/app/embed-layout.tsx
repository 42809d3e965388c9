import { useTranslation } from 'react-i18next';
import { useEmbedSection, useUiActions } from '../state/ui-store';
import type { LayoutProps } from './page-layout';
import { MAP_SUMMARY_ID } from './map-summary';
import { ShareButton } from './share-button';
import './layout.css';

const SECTIONS = ['filters', 'legend', 'list'] as const;

/**
 * Inside an iframe: no page chrome. A slim toolbar, the map filling the frame, and one section
 * (filters, legend or list) at a time below it, so the content's height changes and an
 * auto-resizing host can follow it.
 */
export function EmbedLayout({
  title,
  mapLabel,
  summary,
  map,
  panel,
  controls,
  datasetPicker,
  download,
  statement,
  notices,
}: LayoutProps) {
  const { t } = useTranslation();
  const open = useEmbedSection();
  const { toggleEmbedSection } = useUiActions();
  return (
    <div className={`layout embed${panel ? ' has-panel' : ''}`}>
      <header className="embed-toolbar" aria-label={t('embed.toolbar')} data-height-observed>
        <h1 className="visually-hidden">{title}</h1>
        {SECTIONS.map((section) => (
          <button
            key={section}
            type="button"
            aria-expanded={open === section}
            aria-controls={`embed-${section}`}
            onClick={() => toggleEmbedSection(section)}
          >
            {t(`embed.${section}`)}
            <span aria-hidden="true">{open === section ? ' ▴' : ' ▾'}</span>
          </button>
        ))}
        {datasetPicker}
        {download}
        <ShareButton title={title} />
        {statement}
      </header>
      <main className="map-area" aria-label={mapLabel} aria-describedby={MAP_SUMMARY_ID}>
        <p className="visually-hidden">{t('map.hint')}</p>
        {notices}
        {summary}
        {map}
      </main>
      {SECTIONS.map((section) => (
        <section
          key={section}
          id={`embed-${section}`}
          aria-label={t(`embed.${section}`)}
          className="embed-section"
          hidden={open !== section}
          data-height-observed
        >
          {open === section && controls[section]}
        </section>
      ))}
      {panel}
    </div>
  );
}
