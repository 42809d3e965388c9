import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RelationRow } from '../data/relation-rows';
import { countryName } from '../i18n/format';
import { nextTableSort, TABLE_COLUMNS, type TableColumn, type TableSort } from '../state/table-view';
import { CityTableRow } from './city-table-row';
import { ShowMore } from './show-more';
import { SortHeader } from './sort-header';
import { LIST_PAGE_SIZE } from './sorted-rows';
import { sortTableRows, type TableLabels } from './table-sort';
import { useDateText } from './use-date-text';
import './city-table.css';

export interface CityTableProps {
  rows: readonly RelationRow[];
  selectedId: string | undefined;
  onSelect: (placeId: string) => void;
  onHover: (placeId: string | undefined) => void;
  sort: TableSort;
  /** Undefined: back to the default order. */
  onSortChange: (sort: TableSort | undefined) => void;
  caption: string;
}

/**
 * The shown cities as a data table with sortable columns. It scrolls sideways inside its own
 * labelled, focusable region, so a narrow screen never scrolls the page in two directions.
 */
export function CityTable({
  rows,
  selectedId,
  onSelect,
  onHover,
  sort,
  onSortChange,
  caption,
}: CityTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const dateText = useDateText();
  const captionId = useId();
  const labels = useMemo<TableLabels>(
    () => ({
      country: (code) => countryName(code, language),
      type: (type) => t(`relationType.${type}`),
      status: (status) => t(`relationStatus.${status}`),
    }),
    [t, language],
  );
  // Keyed by the sort's fields: the URL state is parsed anew on every navigation.
  const { column, direction } = sort;
  const sorted = useMemo(
    () => sortTableRows(rows, { column, direction }, language, labels),
    [rows, column, direction, language, labels],
  );
  const [limit, setLimit] = useState(LIST_PAGE_SIZE);
  const visible = sorted.length > limit ? sorted.slice(0, limit) : sorted;
  const onSort = useCallback(
    (next: TableColumn) => onSortChange(nextTableSort({ column, direction }, next)),
    [onSortChange, column, direction],
  );
  return (
    <>
      <div className="city-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="city-table">
          <caption id={captionId}>
            <span className="city-table-caption">{caption}</span>
          </caption>
          <thead>
            <tr>
              {TABLE_COLUMNS.map((name) => (
                <SortHeader key={name} column={name} sort={sort} onSort={onSort} />
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <CityTableRow
                key={row.relation.id}
                row={row}
                current={row.place.id === selectedId}
                onSelect={onSelect}
                onHover={onHover}
                t={t}
                language={language}
                dateText={dateText}
              />
            ))}
          </tbody>
        </table>
      </div>
      <ShowMore
        shown={visible.length}
        total={sorted.length}
        onMore={() => setLimit(limit + LIST_PAGE_SIZE)}
      />
    </>
  );
}
