import { useTranslation } from 'react-i18next';
import { LocalText } from '../components/local-text';
import { localText } from '../data/localize';
import type { RelationEvent } from '../data/schema';
import { EventDate } from './event-date';
import { SourceRefs } from './source-refs';

export function HistoryEvent({
  event,
  numbers,
  later = false,
}: {
  event: RelationEvent;
  numbers: ReadonlyMap<string, number>;
  /** After the chosen "as of" date: shown, but set apart. */
  later?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <li className={later ? 'history-event later' : 'history-event'}>
      <p className="event-date">
        <EventDate event={event} />
        {later && <span className="visually-hidden"> {t('time.later')}</span>}
      </p>
      <p className="event-title">
        <LocalText value={localText(event.title, language)} />{' '}
        <SourceRefs ids={event.sources} numbers={numbers} />
      </p>
      {event.text && (
        <p className="event-text">
          <LocalText value={localText(event.text, language)} />
        </p>
      )}
      <p className="event-badges">
        {event.status && (
          <span className="badge">
            {t('panel.statusChange', { status: t(`relationStatus.${event.status}`) })}
          </span>
        )}
        {event.type && (
          <span className="badge">{t('panel.typeChange', { type: t(`relationType.${event.type}`) })}</span>
        )}
        {/* A one-way act that sets the status (an offer that makes it "proposed") is that status's evidence. */}
        {event.oneWay && event.status === undefined && <span className="badge">{t('evidence.oneWay')}</span>}
        {event.certainty === 'weak' && <span className="badge badge-warning">{t('panel.weak')}</span>}
        {event.certainty === 'unconfirmed' && (
          <span className="badge badge-warning">{t('panel.unconfirmed')}</span>
        )}
      </p>
      {event.dispute && (
        <div className="dispute" role="note">
          <p>
            <strong className="badge badge-dispute">{t('panel.disputed')}</strong>{' '}
            <LocalText value={localText(event.dispute.note, language)} />{' '}
            <span className="muted">{t('panel.otherSources')}</span>{' '}
            <SourceRefs ids={event.dispute.sources} numbers={numbers} />
          </p>
        </div>
      )}
    </li>
  );
}
