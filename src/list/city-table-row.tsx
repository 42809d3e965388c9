import type { TFunction } from 'i18next';
import { memo } from 'react';
import { StatusSymbol } from '../components/status-symbol';
import { placeName } from '../data/localize';
import type { RelationRow } from '../data/relation-rows';
import { countryName } from '../i18n/format';
import { rowDates, yearOf } from './row-dates';
import type { DateText } from './use-date-text';

export interface CityTableRowProps {
  row: RelationRow;
  current: boolean;
  onSelect: (placeId: string) => void;
  onHover: (placeId: string | undefined) => void;
  /** From the table, as in the list's items: one useTranslation for all rows, not one per row. */
  t: TFunction;
  language: string;
  dateText: DateText;
}

/**
 * One city as a table row. The name is the row's header and a button that opens the city's
 * panel, as the list's button does; memoised, so a new selection re-renders two rows.
 */
export const CityTableRow = memo(function CityTableRow({
  row,
  current,
  onSelect,
  onHover,
  t,
  language,
  dateText,
}: CityTableRowProps) {
  const { since, confirmed, start } = rowDates(row);
  const { id, country } = row.place;
  return (
    <tr
      className={current ? 'current' : undefined}
      onMouseEnter={() => onHover(id)}
      onMouseLeave={() => onHover(undefined)}
    >
      <th scope="row">
        <button
          type="button"
          className="city-table-button"
          aria-current={current ? 'true' : undefined}
          data-place-id={id}
          onClick={() => onSelect(id)}
          onFocus={() => onHover(id)}
          onBlur={() => onHover(undefined)}
        >
          {placeName(row.place.names, language)}
        </button>
      </th>
      <td className="cell-country">
        {country ? countryName(country, language) : <span className="muted">{t('table.unknown')}</span>}
      </td>
      <td className="cell-type">{t(`relationType.${row.state.type}`)}</td>
      <td className="cell-status">
        <span className="city-table-status">
          <StatusSymbol status={row.state.status} />
          {t(`relationStatus.${row.state.status}`)}
        </span>
      </td>
      <td className="cell-since">
        {since && <time dateTime={since.date}>{dateText(since)}</time>}
        {confirmed && (
          <span className="evidence">{t('evidence.lastConfirmed', { date: dateText(confirmed) })}</span>
        )}
      </td>
      <td className="cell-start">
        {start && <time dateTime={start.date.slice(0, 4)}>{dateText(yearOf(start))}</time>}
      </td>
    </tr>
  );
});
