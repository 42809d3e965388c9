import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { RelationEvent } from '../data/schema';
import { formatPartialDate } from '../i18n/format';

type Dated = Pick<RelationEvent, 'date' | 'dateQualifier'>;

export type DateText = (event: Dated) => string;

/** A history date at its own precision in the reader's language, with its qualifier ("nach 1989"). */
export function useDateText(): DateText {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useCallback(
    (event: Dated) =>
      event.dateQualifier
        ? t(`date.${event.dateQualifier}`, { date: formatPartialDate(event.date, language, 'governed') })
        : formatPartialDate(event.date, language),
    [t, language],
  );
}
