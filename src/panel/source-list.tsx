import { useTranslation } from 'react-i18next';
import type { Source } from '../data/schema';
import { formatPartialDate } from '../i18n/format';

export function SourceList({
  numbers,
  sources,
}: {
  numbers: ReadonlyMap<string, number>;
  sources: Readonly<Record<string, Source>>;
}) {
  const { t, i18n } = useTranslation();
  return (
    <section className="panel-section" aria-labelledby="sources-heading">
      <h3 id="sources-heading">{t('panel.sources')}</h3>
      <ol className="source-list">
        {[...numbers.keys()].map((id) => {
          const source = sources[id];
          if (!source) return null;
          return (
            <li key={id} id={`source-${id}`} tabIndex={-1}>
              {source.url ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.title}
                  <span className="visually-hidden"> {t('panel.opensNewTab')}</span>
                </a>
              ) : (
                <span>
                  {source.title} <span className="muted">({t('panel.noLink')})</span>
                </span>
              )}
              <span className="source-meta">
                {' — '}
                {source.publisher}
                {source.date ? `, ${formatPartialDate(source.date, i18n.language)}` : ''}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
