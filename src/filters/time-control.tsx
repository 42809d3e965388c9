import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { dayForYear } from '../data/time-range';
import { formatPartialDate } from '../i18n/format';
import { lazyPart } from '../components/lazy-part';
import { usePlaying, useUiActions } from '../state/ui-store';
import './filters.css';

// Loaded on the first press of play, which most readers never make.
const PlaybackTimerPart = lazyPart(() => import('./playback-timer').then((module) => module.PlaybackTimer));

export interface TimeControlProps {
  /** The chosen day, or undefined for today. */
  at: string | undefined;
  today: string;
  first: number;
  last: number;
  onChange: (at: string | undefined, options?: { replace?: boolean }) => void;
}

/**
 * Sets the "as of" date: a year slider (arrow keys step, Home/End jump, as native range inputs do),
 * step buttons, an exact date field, and play/pause through the years.
 */
export function TimeControl({ at, today, first, last, onChange }: TimeControlProps) {
  const { t, i18n } = useTranslation();
  const playing = usePlaying();
  const { setPlaying } = useUiActions();
  const day = at ?? today;
  const year = Number(day.slice(0, 4));
  const readout = at
    ? t('time.asOf', { date: formatPartialDate(at, i18n.language) })
    : t('time.asOfToday', { date: formatPartialDate(today, i18n.language) });
  const goToYear = useCallback(
    (next: number, replace = false) =>
      onChange(dayForYear(Math.min(last, Math.max(first, next)), today), { replace }),
    [onChange, first, last, today],
  );
  const advance = useCallback((next: number) => goToYear(next, true), [goToYear]);

  return (
    <fieldset className="time-control">
      <legend>{t('time.heading')}</legend>
      {playing && (
        <PlaybackTimerPart
          failedTexts={{ message: t('lazyPart.failed'), retry: t('app.retry') }}
          year={year}
          last={last}
          goToYear={advance}
        />
      )}
      {/* Silent (an <output> is a live region by default): the map summary announces the new date, once. */}
      <output className="time-readout" htmlFor="time-year time-date" aria-live="off">
        {readout}
      </output>
      <div className="time-slider">
        <button
          type="button"
          className="icon-button"
          onClick={() => goToYear(year - 1)}
          disabled={year <= first}
        >
          <span aria-hidden="true">◀</span>
          <span className="visually-hidden">{t('time.previousYear')}</span>
        </button>
        <label className="visually-hidden" htmlFor="time-year">
          {t('time.year')}
        </label>
        <input
          id="time-year"
          type="range"
          min={first}
          max={last}
          step={1}
          value={year}
          aria-valuetext={readout}
          onChange={(event) => goToYear(Number(event.target.value), true)}
        />
        <button
          type="button"
          className="icon-button"
          onClick={() => goToYear(year + 1)}
          disabled={year >= last}
        >
          <span aria-hidden="true">▶</span>
          <span className="visually-hidden">{t('time.nextYear')}</span>
        </button>
      </div>
      <div className="time-buttons">
        <button
          type="button"
          aria-pressed={playing}
          onClick={() => {
            if (!playing && year >= last) onChange(dayForYear(first, today), { replace: true });
            setPlaying(!playing);
          }}
        >
          <span aria-hidden="true">{playing ? '❚❚ ' : '▶ '}</span>
          {playing ? t('time.pause') : t('time.play')}
        </button>
        <label htmlFor="time-date">{t('time.date')}</label>
        <input
          id="time-date"
          type="date"
          min={`${first}-01-01`}
          max={today}
          value={day}
          onChange={(event) => {
            const value = event.target.value;
            if (/^\d{4}-\d{2}-\d{2}$/.test(value)) onChange(value >= today ? undefined : value);
          }}
        />
        <button type="button" onClick={() => onChange(undefined)} disabled={!at}>
          {t('time.today')}
        </button>
      </div>
    </fieldset>
  );
}
