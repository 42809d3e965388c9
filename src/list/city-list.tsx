import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RelationRow } from '../data/relation-rows';
import { CityListItem } from './city-list-item';
import { LIST_PAGE_SIZE, sortRowsByName } from './sorted-rows';
import './city-list.css';

export interface CityListProps {
  rows: readonly RelationRow[];
  selectedId: string | undefined;
  onSelect: (placeId: string) => void;
  onHover: (placeId: string | undefined) => void;
}

/**
 * The accessible alternative to the map: every shown city as a button, in step with map and filters.
 * Long lists show a page at a time with "show more", so thousands of cities stay quick to filter.
 */
export function CityList({ rows, selectedId, onSelect, onHover }: CityListProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const sorted = useMemo(() => sortRowsByName(rows, language), [rows, language]);
  const [limit, setLimit] = useState(LIST_PAGE_SIZE);
  const visible = sorted.length > limit ? sorted.slice(0, limit) : sorted;
  const rest = sorted.length - visible.length;
  return (
    <section className="city-list" aria-labelledby="city-list-heading" id="city-list">
      <h2 id="city-list-heading" tabIndex={-1}>
        {t('list.heading')} <span className="count">({rows.length})</span>
      </h2>
      {sorted.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <ul>
          {visible.map((row) => (
            <CityListItem
              key={row.relation.id}
              row={row}
              current={row.place.id === selectedId}
              onSelect={onSelect}
              onHover={onHover}
            />
          ))}
        </ul>
      )}
      {rest > 0 && (
        <p className="city-list-more">
          <span>{t('cityListMore.shown', { shown: visible.length, total: sorted.length })}</span>{' '}
          <button type="button" onClick={() => setLimit(limit + LIST_PAGE_SIZE)}>
            {t('cityListMore.button', { count: Math.min(rest, LIST_PAGE_SIZE) })}
          </button>
        </p>
      )}
    </section>
  );
}
