import { useTranslation } from 'react-i18next';
import { RELATION_STATUSES } from '../data/vocabulary';
import { StatusLineSample, StatusSymbol } from '../components/status-symbol';
import './legend.css';

/** Explains the map's encoding; counts follow the filters. */
export function Legend({ counts }: { counts: Map<string, number> }) {
  const { t } = useTranslation();
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
    </section>
  );
}
