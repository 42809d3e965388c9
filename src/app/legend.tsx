import { useTranslation } from 'react-i18next';
import { RELATION_STATUSES } from '../data/vocabulary';
import { StatusLineSample, StatusSymbol } from '../components/status-symbol';
import { formatPartialDate } from '../i18n/format';
import './legend.css';

/**
 * Explains the map's encoding; counts follow the filters and the chosen date `at`, as evidenced then.
 * `lineLimit` is set when more relations are shown than the map draws lines for, so the reader knows why
 * lines are missing.
 */
export function Legend({
  counts,
  at,
  shown,
  lineLimit,
}: {
  counts: Map<string, number>;
  at: string;
  shown?: number;
  lineLimit?: number;
}) {
  const { t, i18n } = useTranslation();
  return (
    <section className="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">{t('legend.heading')}</h2>
      <p className="legend-explanation">{t('legend.explanation')}</p>
      <ul>
        <li>
          <StatusSymbol status="home" />
          <span className="legend-line" />
          <span>{t('legend.home')}</span>
        </li>
        {RELATION_STATUSES.map((status) => (
          <li key={status}>
            <StatusSymbol status={status} />
            <StatusLineSample status={status} />
            <span>{t(`relationStatus.${status}`)}</span>
            <span className="legend-count">{counts.get(status) ?? 0}</span>
          </li>
        ))}
      </ul>
      <p className="legend-evidence">
        {t('evidence.legend', { date: formatPartialDate(at, i18n.language) })}
      </p>
      {lineLimit !== undefined && shown !== undefined && shown > lineLimit && (
        <p className="legend-explanation">{t('mapLines.thinned', { limit: lineLimit, count: shown })}</p>
      )}
    </section>
  );
}
