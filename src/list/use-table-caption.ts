import { useTranslation } from 'react-i18next';
import type { Filters } from '../data/filters';
import { countryName, formatNumber, formatOrList, formatPartialDate } from '../i18n/format';
import type { TableSort } from '../state/table-view';
import { COLUMN_LABEL_KEYS } from './table-columns';

/** What the table's caption states. */
export interface CaptionFacts {
  shown: number;
  /** Cities the map could show at the date, before filters. */
  total: number;
  /** The "as of" day, YYYY-MM-DD. */
  at: string;
  filters: Filters;
  sort: TableSort;
}

/**
 * The caption in words: how many cities, as of when, under which filters, in which order.
 * A screen reader hears it on entering the table, so it says all that the controls around it set.
 */
export function useTableCaption({ shown, total, at, filters, sort }: CaptionFacts): string {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const facet = (label: string, values: string[]) =>
    values.length > 0 ? [t('table.facet', { facet: label, values: formatOrList(values, language) })] : [];
  const q = filters.q.trim();
  const facets = [
    ...facet(
      t('filters.status'),
      filters.status.map((status) => t(`relationStatus.${status}`)),
    ),
    ...facet(
      t('filters.type'),
      filters.type.map((type) => t(`relationType.${type}`)),
    ),
    ...facet(
      t('filters.country'),
      filters.country.map((code) => countryName(code, language)),
    ),
    ...(q ? [t('table.search', { q })] : []),
  ];
  return [
    t('table.shown', {
      shown: formatNumber(shown, language),
      total: formatNumber(total, language),
      date: formatPartialDate(at, language),
    }),
    facets.length > 0 ? t('table.filtered', { filters: facets.join('; ') }) : t('table.noFilters'),
    t('table.sorted', {
      column: t(COLUMN_LABEL_KEYS[sort.column]),
      direction: sort.direction === 'ascending' ? t('table.ascending') : t('table.descending'),
    }),
  ].join(' ');
}
