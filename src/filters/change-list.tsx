import { useTranslation } from 'react-i18next';
import type { RelationChange } from '../data/changes-between';
import { LocalText } from '../components/local-text';
import { localText, placeName } from '../data/localize';
import { formatPartialDate } from '../i18n/format';
import { StatusSymbol } from '../components/status-symbol';

export interface ChangeListProps {
  from: string;
  to: string;
  changes: readonly RelationChange[];
  onSelect: (placeId: string) => void;
}

/** The relations that changed between two days, each with the event that changed it last. */
export function ChangeList({ from, to, changes, onSelect }: ChangeListProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const format = (day: string) => formatPartialDate(day, language);
  const stateText = (change: RelationChange) =>
    change.before
      ? t('compare.change', {
          before: `${t(`relationType.${change.before.type}`)}, ${t(`relationStatus.${change.before.status}`)}`,
          after: `${t(`relationType.${change.after.type}`)}, ${t(`relationStatus.${change.after.status}`)}`,
        })
      : t('compare.began', {
          type: t(`relationType.${change.after.type}`),
          status: t(`relationStatus.${change.after.status}`),
        });
  return (
    <>
      <p>
        {changes.length === 0
          ? t('compare.nothing', { from: format(from), to: format(to) })
          : t('compare.count', { count: changes.length, from: format(from), to: format(to) })}
      </p>
      <ul className="change-list">
        {changes.map((change) => {
          const event = change.events.at(-1);
          return (
            <li key={change.relation.id}>
              <button type="button" className="link-button" onClick={() => onSelect(change.place.id)}>
                {placeName(change.place.names, language)}
              </button>{' '}
              <StatusSymbol status={change.after.status} /> {stateText(change)}
              {event && (
                <span className="muted">
                  {' '}
                  ({formatPartialDate(event.date, language)}:{' '}
                  <LocalText value={localText(event.title, language)} />)
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
