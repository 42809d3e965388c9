import type { TFunction } from 'i18next';
import { memo } from 'react';
import { StatusSymbol } from '../components/status-symbol';
import { placeName } from '../data/localize';
import type { RelationRow } from '../data/relation-rows';
import { countryName, formatPartialDate } from '../i18n/format';

export interface CityListItemProps {
  row: RelationRow;
  current: boolean;
  onSelect: (placeId: string) => void;
  onHover: (placeId: string | undefined) => void;
  /**
   * From the list: useTranslation in each of 200 items costs a copy of the i18n instance per item
   * mounted (a filter change mounts a new page of them).
   */
  t: TFunction;
  language: string;
}

/** One city; memoised, so a new selection re-renders two items rather than the whole list. */
export const CityListItem = memo(function CityListItem({
  row,
  current,
  onSelect,
  onHover,
  t,
  language,
}: CityListItemProps) {
  return (
    <li>
      <button
        type="button"
        className="city-button"
        aria-current={current ? 'true' : undefined}
        data-place-id={row.place.id}
        onClick={() => onSelect(row.place.id)}
        onMouseEnter={() => onHover(row.place.id)}
        onMouseLeave={() => onHover(undefined)}
        onFocus={() => onHover(row.place.id)}
        onBlur={() => onHover(undefined)}
      >
        <StatusSymbol status={row.state.status} />
        <span className="city-name">{placeName(row.place.names, language)}</span>
        <span className="city-meta">
          {row.place.country ? countryName(row.place.country, language) : ''} ·{' '}
          {t(`relationType.${row.state.type}`)} · {t(`relationStatus.${row.state.status}`)} –{' '}
          <span className="evidence">
            {t('evidence.lastConfirmed', { date: formatPartialDate(row.state.evidencedOn, language) })}
          </span>
        </span>
      </button>
    </li>
  );
});
