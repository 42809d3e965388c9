import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Filters } from '../data/filters';
import type { RelationRow } from '../data/relation-rows';
import type { ListMode, TableSort } from '../state/table-view';
import { CityListItem } from './city-list-item';
import { CityTable } from './city-table';
import { ShowMore } from './show-more';
import { TableToggle } from './table-toggle';
import { LIST_PAGE_SIZE, sortRowsByName } from './sorted-rows';
import { useTableCaption } from './use-table-caption';
import './city-list.css';

export interface CityListProps {
  rows: readonly RelationRow[];
  selectedId: string | undefined;
  onSelect: (placeId: string) => void;
  onHover: (placeId: string | undefined) => void;
  mode: ListMode;
  onModeChange: (mode: ListMode) => void;
  sort: TableSort;
  /** Undefined: back to the default order. */
  onSortChange: (sort: TableSort | undefined) => void;
  /** Cities the map could show at the date, before filters: the caption's "of n". */
  total: number;
  /** The "as of" day and the filters, which the table's caption states. */
  at: string;
  filters: Filters;
}

/**
 * The accessible alternative to the map: every shown city as a button, in step with map and filters,
 * or the same cities as a sortable table. Long lists show a page at a time with "show more",
 * so thousands of cities stay quick to filter.
 */
export function CityList(props: CityListProps) {
  const { rows, mode, onModeChange } = props;
  const { t } = useTranslation();
  return (
    <section className="city-list" aria-labelledby="city-list-heading" id="city-list">
      <div className="city-list-header">
        <h2 id="city-list-heading" tabIndex={-1}>
          {t('list.heading')} <span className="count">({rows.length})</span>
        </h2>
        <TableToggle mode={mode} onChange={onModeChange} />
      </div>
      {rows.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : mode === 'table' ? (
        <TableView {...props} />
      ) : (
        <ButtonList {...props} />
      )}
    </section>
  );
}

function ButtonList({ rows, selectedId, onSelect, onHover }: CityListProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const sorted = useMemo(() => sortRowsByName(rows, language), [rows, language]);
  const [limit, setLimit] = useState(LIST_PAGE_SIZE);
  const visible = sorted.length > limit ? sorted.slice(0, limit) : sorted;
  return (
    <>
      <ul>
        {visible.map((row) => (
          <CityListItem
            key={row.relation.id}
            row={row}
            current={row.place.id === selectedId}
            onSelect={onSelect}
            onHover={onHover}
            t={t}
            language={language}
          />
        ))}
      </ul>
      <ShowMore
        shown={visible.length}
        total={sorted.length}
        onMore={() => setLimit(limit + LIST_PAGE_SIZE)}
      />
    </>
  );
}

function TableView({ rows, sort, total, at, filters, ...rest }: CityListProps) {
  const caption = useTableCaption({ shown: rows.length, total, at, filters, sort });
  return (
    <CityTable
      rows={rows}
      selectedId={rest.selectedId}
      onSelect={rest.onSelect}
      onHover={rest.onHover}
      sort={sort}
      onSortChange={rest.onSortChange}
      caption={caption}
    />
  );
}
