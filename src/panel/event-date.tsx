import { useTranslation } from 'react-i18next';
import type { RelationEvent } from '../data/schema';
import { formatPartialDate } from '../i18n/format';

type Dated = Pick<RelationEvent, 'date' | 'dateQualifier'>;

/** Formats history dates at their own precision, with their qualifier ("um 2019", "nach 1989"). */
export function useEventDateText(): (event: Dated) => string {
  const { t, i18n } = useTranslation();
  return (event) =>
    event.dateQualifier
      ? t(`date.${event.dateQualifier}`, { date: formatPartialDate(event.date, i18n.language, 'governed') })
      : formatPartialDate(event.date, i18n.language);
}

/** "seit 2005", or "(spätestens 2021)" where "seit" would not read with the qualifier. */
export function useSinceText(): (event: Dated) => string {
  const { t, i18n } = useTranslation();
  const text = useEventDateText();
  return (event) =>
    event.dateQualifier
      ? t('panel.sinceQualified', { date: text(event) })
      : t('panel.since', { date: formatPartialDate(event.date, i18n.language, 'governed') });
}

/** "zuletzt belegt März 2022": the date of the latest evidence of a status, at its own precision. */
export function useEvidenceText(): (event: Dated) => string {
  const { t } = useTranslation();
  const text = useEventDateText();
  return (event) => t('evidence.lastConfirmed', { date: text(event) });
}

export function EventDate({ event }: { event: Dated }) {
  const text = useEventDateText();
  return <time dateTime={event.date}>{text(event)}</time>;
}
