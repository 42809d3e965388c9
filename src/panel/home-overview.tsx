import { useTranslation } from 'react-i18next';
import type { PlaceEntry } from '../data/dataset';
import { placeName } from '../data/localize';
import { isMappable, type RelationRow } from '../data/relation-rows';
import { RELATION_STATUSES, RELATION_TYPES } from '../data/vocabulary';
import { StatusSymbol } from '../components/status-symbol';
import { PanelShell } from './panel-shell';
import { PlaceNames } from './place-names';
import { useEvidenceText, useSinceText } from './event-date';

function countBy<T extends string>(
  rows: readonly RelationRow[],
  key: (row: RelationRow) => T,
): Map<T, number> {
  const counts = new Map<T, number>();
  rows.forEach((row) => counts.set(key(row), (counts.get(key(row)) ?? 0) + 1));
  return counts;
}

/** What the home city's panel shows instead of one relation: the whole picture. */
export function HomeOverview({
  home,
  rows,
  onSelect,
  onClose,
}: {
  home: PlaceEntry;
  /** Every relation of this home city as of the shown date, unfiltered. */
  rows: readonly RelationRow[];
  onSelect: (placeId: string) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const sinceText = useSinceText();
  const evidenceText = useEvidenceText();
  const byStatus = countBy(rows, (row) => row.state.status);
  const byType = countBy(rows, (row) => row.state.type);
  const networks = rows.filter((row) => row.place.kind === 'network');
  const local = rows.filter((row) => !isMappable(row) && row.place.kind !== 'network');
  const placeButton = (row: RelationRow) => {
    // The event that set the status, not the first one: the consulate ended in November 2023, not in 2022.
    const statusSince = row.relation.events[row.state.statusIndex];
    const evidence = row.relation.events[row.state.evidenceIndex];
    return (
      <li key={row.relation.id}>
        <button type="button" className="link-button" onClick={() => onSelect(row.place.id)}>
          {placeName(row.place.names, language)}
        </button>{' '}
        <span className="muted">
          <StatusSymbol status={row.state.status} /> {t(`relationStatus.${row.state.status}`)}
          {statusSince && ` ${sinceText(statusSince)}`}
          {evidence && ` – ${evidenceText(evidence)}`}
        </span>
      </li>
    );
  };
  return (
    <PanelShell
      title={placeName(home.names, language)}
      subtitle={<PlaceNames place={home} />}
      onClose={onClose}
    >
      <section className="panel-section" aria-labelledby="overview-heading">
        <h3 id="overview-heading">
          {t('overview.heading')}: {t('overview.total', { count: rows.length })}
        </h3>
        <h4>{t('overview.byStatus')}</h4>
        <ul className="count-list">
          {RELATION_STATUSES.filter((status) => byStatus.has(status)).map((status) => (
            <li key={status}>
              <StatusSymbol status={status} /> {t(`relationStatus.${status}`)}:{' '}
              <strong>{byStatus.get(status)}</strong>
            </li>
          ))}
        </ul>
        <h4>{t('overview.byType')}</h4>
        <ul className="count-list">
          {RELATION_TYPES.filter((type) => byType.has(type)).map((type) => (
            <li key={type}>
              {t(`relationType.${type}`)}: <strong>{byType.get(type)}</strong>
            </li>
          ))}
        </ul>
      </section>
      {networks.length > 0 && (
        <section className="panel-section" aria-labelledby="networks-heading">
          <h3 id="networks-heading">{t('overview.networks')}</h3>
          <ul className="link-list">{networks.map(placeButton)}</ul>
        </section>
      )}
      {local.length > 0 && (
        <section className="panel-section" aria-labelledby="local-heading">
          <h3 id="local-heading">{t('overview.local')}</h3>
          <ul className="link-list">{local.map(placeButton)}</ul>
        </section>
      )}
    </PanelShell>
  );
}
