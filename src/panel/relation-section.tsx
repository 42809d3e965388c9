import { useTranslation } from 'react-i18next';
import { pickText, placeName } from '../data/localize';
import type { RelationRow } from '../data/relation-rows';
import { StatusSymbol } from '../components/status-symbol';
import { useHistoryOrder, useUiActions } from '../state/ui-store';
import { useEventDateText } from './event-date';
import { HistoryEvent } from './history-event';

export function RelationSection({
  row,
  numbers,
}: {
  row: RelationRow;
  numbers: ReadonlyMap<string, number>;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const dateText = useEventDateText();
  const order = useHistoryOrder();
  const { toggleHistoryOrder } = useUiActions();
  const { relation, state } = row;
  const start = relation.events[state.startIndex];
  const statusSince = relation.events[state.statusIndex];
  const events = order === 'oldest' ? relation.events : [...relation.events].reverse();
  const headingId = `relation-${relation.id}`;
  return (
    <section className="panel-section relation" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('panel.relationWith', {
          from: placeName(row.home.names, language),
          to: placeName(row.place.names, language),
        })}
      </h3>
      <dl className="facts">
        {start && (
          <>
            <dt>{t('panel.began')}</dt>
            <dd>{dateText(start)}</dd>
          </>
        )}
        <dt>{t('panel.type')}</dt>
        <dd>{t(`relationType.${state.type}`)}</dd>
        <dt>{t('panel.status')}</dt>
        <dd className="status-value">
          <StatusSymbol status={state.status} />
          {t(`relationStatus.${state.status}`)}
          {statusSince && <span className="muted">{t('panel.since', { date: dateText(statusSince) })}</span>}
        </dd>
      </dl>
      <p className="summary">{pickText(relation.summary, language)}</p>
      <div className="history-header">
        <h4 id={`${headingId}-history`}>{t('panel.history')}</h4>
        <button
          type="button"
          className="link-button"
          onClick={toggleHistoryOrder}
          aria-label={`${t('panel.historyOrder')}: ${order === 'oldest' ? t('panel.sortOldest') : t('panel.sortNewest')}`}
        >
          {order === 'oldest' ? t('panel.sortOldest') : t('panel.sortNewest')} ⇅
        </button>
      </div>
      <ol className="history" reversed={order === 'newest'} aria-labelledby={`${headingId}-history`}>
        {events.map((event, index) => (
          <HistoryEvent key={`${event.date}-${index}`} event={event} numbers={numbers} />
        ))}
      </ol>
    </section>
  );
}
