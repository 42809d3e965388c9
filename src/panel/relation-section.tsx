import './relation-facts.css';
import { useTranslation } from 'react-i18next';
import { LocalText } from '../components/local-text';
import { localText, placeName } from '../data/localize';
import type { OrientedRelation } from '../data/relation-rows';
import { effectiveDates, relationStateAt, stateBefore } from '../data/relation-state';
import { StatusSymbol } from '../components/status-symbol';
import { useHistoryOrder, useUiActions } from '../state/ui-store';
import { formatPartialDate } from '../i18n/format';
import { useEventDateText, useEvidenceText, useSinceText } from './event-date';
import { HistoryEvent } from './history-event';

export interface RelationSectionProps {
  entry: OrientedRelation;
  /** The "as of" day the panel describes. */
  at: string;
  /** Whether `at` was chosen by the reader (then the history marks where it falls). */
  timeTravel: boolean;
  numbers: ReadonlyMap<string, number>;
}

export function RelationSection({ entry, at, timeTravel, numbers }: RelationSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const dateText = useEventDateText();
  const sinceText = useSinceText();
  const evidenceText = useEvidenceText();
  const order = useHistoryOrder();
  const { toggleHistoryOrder } = useUiActions();
  const { relation } = entry;
  const state = relationStateAt(relation, at);
  const start = state && relation.events[state.startIndex];
  const statusSince = state && relation.events[state.statusIndex];
  const evidence = state && relation.events[state.evidenceIndex];
  // A relation whose kind changed (a cooperation that became a partnership) says since when it has its kind.
  const typeSince =
    state && state.typeIndex !== state.startIndex ? relation.events[state.typeIndex] : undefined;
  const previous = state && typeSince ? stateBefore(relation, state.typeIndex) : undefined;
  const previousSince = previous && relation.events[previous.typeIndex];
  const dates = effectiveDates(relation.events);
  const indexed = relation.events.map((event, index) => ({ event, index, later: (dates[index] ?? '') > at }));
  const inForce = indexed.filter((item) => !item.later).length;
  const ordered = order === 'oldest' ? indexed : [...indexed].reverse();
  const marker = (
    <li key="as-of" className="as-of-marker">
      {t('time.marker', { date: formatPartialDate(at, language) })}
    </li>
  );
  const headingId = `relation-${relation.id}`;
  return (
    <section className="panel-section relation" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('panel.relationWith', {
          from: placeName(entry.home.names, language),
          to: placeName(entry.place.names, language),
        })}
      </h3>
      {state ? (
        <dl className="facts">
          {start && (
            <>
              <dt>{t('panel.began')}</dt>
              <dd>{dateText(start)}</dd>
            </>
          )}
          <dt>{t('panel.type')}</dt>
          <dd className="type-value">
            {t(`relationType.${state.type}`)}
            {typeSince && <span className="muted"> {sinceText(typeSince)}</span>}
            {previous && previousSince && (
              <span className="muted">
                {' '}
                (
                {t('evidence.typeBefore', {
                  type: t(`relationType.${previous.type}`),
                  since: sinceText(previousSince),
                })}
                )
              </span>
            )}
          </dd>
          <dt>{t('panel.status')}</dt>
          <dd className="status-value">
            <StatusSymbol status={state.status} />
            {t(`relationStatus.${state.status}`)}
            {/* Spaces for the accessible text; the flex gap spaces it visually. */}{' '}
            {statusSince && <span className="muted">{sinceText(statusSince)}</span>}{' '}
            {evidence && <span className="evidence">– {evidenceText(evidence)}</span>}
          </dd>
        </dl>
      ) : (
        <p className="not-begun">{t('time.notBegun', { date: formatPartialDate(at, language) })}</p>
      )}
      <p className="summary">
        <LocalText value={localText(relation.summary, language)} />
      </p>
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
        {timeTravel && inForce === 0 && order === 'oldest' && marker}
        {ordered.map(({ event, index, later }) => {
          const item = (
            <HistoryEvent key={index} event={event} numbers={numbers} later={timeTravel && later} />
          );
          if (!timeTravel || index !== inForce - 1) return item;
          return order === 'oldest' ? [item, marker] : [marker, item];
        })}
        {timeTravel && inForce === 0 && order === 'newest' && marker}
      </ol>
    </section>
  );
}
