import { useTranslation } from 'react-i18next';
import type { TableColumn, TableSort } from '../state/table-view';
import { COLUMN_LABEL_KEYS } from './table-columns';

// Arrows, not colour, tell the direction; the unsorted columns show that they can be sorted.
const INDICATOR = { ascending: '▲', descending: '▼', none: '↕' } as const;

/** A column header whose button sorts by it; `aria-sort` tells assistive technology the order. */
export function SortHeader({
  column,
  sort,
  onSort,
}: {
  column: TableColumn;
  sort: TableSort;
  onSort: (column: TableColumn) => void;
}) {
  const { t } = useTranslation();
  const direction = sort.column === column ? sort.direction : undefined;
  return (
    <th scope="col" aria-sort={direction}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {t(COLUMN_LABEL_KEYS[column])}
        <span className="sort-indicator" aria-hidden="true" data-direction={direction ?? 'none'}>
          {INDICATOR[direction ?? 'none']}
        </span>
      </button>
    </th>
  );
}
