import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RelationRow } from '../data/relation-rows';
import { summarizeView } from '../data/summarize-view';
import { formatPartialDate } from '../i18n/format';
import { usePlaying } from '../state/ui-store';

/** The id the map region points its `aria-describedby` at. */
export const MAP_SUMMARY_ID = 'map-summary';

export interface MapSummaryProps {
  rows: readonly RelationRow[];
  total: number;
  at: string;
}

/**
 * What the map shows, in words, in a polite live region: read once per change of filters or
 * date. During playback the text stays put (a year a second would be chatter) and catches up
 * when playback stops.
 */
export function MapSummary({ rows, total, at }: MapSummaryProps) {
  const { t, i18n } = useTranslation();
  const playing = usePlaying();
  const summary = useMemo(() => summarizeView(rows, total, at), [rows, total, at]);
  const shown = t('summary.shown', { count: summary.shown, total: summary.total });
  const date = formatPartialDate(summary.at, i18n.language);
  const statuses = summary.byStatus
    .map(({ status, count }) => t(`summary.status.${status}`, { count }))
    .join(', ');
  const text = statuses
    ? t('summary.text', { shown, statuses, date })
    : t('summary.textNone', { shown, date });
  const [announced, setAnnounced] = useState(text);
  // Adjusting state while rendering (React's pattern for state derived from props), not in an effect.
  if (!playing && announced !== text) setAnnounced(text);
  return (
    <p id={MAP_SUMMARY_ID} className="visually-hidden" role="status" aria-live="polite">
      {announced}
    </p>
  );
}
