import { useTranslation } from 'react-i18next';
import type { RelationChange } from '../data/changes-between';
import { lazyPart } from '../components/lazy-part';
import { yearsBefore } from '../data/time-range';
import './filters.css';

// The list of changes is loaded once a comparison is asked for: most readers never open one.
const ChangeListPart = lazyPart(() => import('./change-list').then((module) => module.ChangeList));

/** The day before Russia's full-scale invasion of Ukraine, 24 February 2022. */
const BEFORE_THE_WAR = '2022-02-23';

export interface WhatChangedProps {
  from: string | undefined;
  /** The "as of" day the comparison ends at. */
  to: string;
  changes: readonly RelationChange[] | undefined;
  onFromChange: (from: string | undefined) => void;
  onSelect: (placeId: string) => void;
}

export function WhatChanged({ from, to, changes, onFromChange, onSelect }: WhatChangedProps) {
  const { t } = useTranslation();
  const presets = [
    { value: BEFORE_THE_WAR, label: t('compare.beforeWar') },
    { value: yearsBefore(to, 1), label: t('compare.yearAgo') },
    { value: yearsBefore(to, 10), label: t('compare.decadeAgo') },
  ];
  const preset = from === undefined ? '' : (presets.find((p) => p.value === from)?.value ?? 'custom');
  return (
    <section className="what-changed" aria-labelledby="what-changed-heading">
      <h2 id="what-changed-heading">{t('compare.heading')}</h2>
      <div className="field">
        <label htmlFor="compare-preset">{t('compare.with')}</label>
        <select
          id="compare-preset"
          value={preset}
          onChange={(event) => {
            const value = event.target.value;
            if (value !== 'custom') onFromChange(value || undefined);
            else onFromChange(yearsBefore(to, 5));
          }}
        >
          <option value="">{t('compare.none')}</option>
          {presets.map((p) => (
            <option key={p.label} value={p.value}>
              {p.label}
            </option>
          ))}
          <option value="custom">{t('compare.custom')}</option>
        </select>
      </div>
      {from !== undefined && (
        <div className="field">
          <label htmlFor="compare-from">{t('compare.from')}</label>
          <input
            id="compare-from"
            type="date"
            value={from}
            max={to}
            onChange={(event) => {
              if (/^\d{4}-\d{2}-\d{2}$/.test(event.target.value)) onFromChange(event.target.value);
            }}
          />
        </div>
      )}
      {from !== undefined && changes === undefined && <p role="status">{t('compare.wrongOrder')}</p>}
      {from !== undefined && changes !== undefined && (
        // Not a live region: a date change is announced once, by the map summary; this list is read in place.
        <div>
          <ChangeListPart
            failedTexts={{ message: t('lazyPart.failed'), retry: t('app.retry') }}
            from={from}
            to={to}
            changes={changes}
            onSelect={onSelect}
          />
        </div>
      )}
    </section>
  );
}
