import { useTranslation } from 'react-i18next';
import type { Filters } from '../data/filters';
import { RELATION_STATUSES, RELATION_TYPES } from '../data/vocabulary';
import { StatusSymbol } from '../components/status-symbol';
import { compareNames, countryName } from '../i18n/format';
import { ChipGroup } from './chip-group';
import { SearchField } from './search-field';
import './filters.css';

export interface FilterBarProps {
  filters: Filters;
  counts: { status: Map<string, number>; type: Map<string, number>; country: Map<string, number> };
  shown: number;
  total: number;
  onChange: (patch: Partial<Filters>, options?: { replace?: boolean }) => void;
}

function toggle<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

export function FilterBar({ filters, counts, shown, total, onChange }: FilterBarProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const active = filters.status.length + filters.type.length + filters.country.length > 0 || filters.q !== '';
  const countries = [...counts.country.keys()]
    .filter(Boolean)
    .map((code) => ({ code, name: countryName(code, language) }))
    .sort((a, b) => compareNames(a.name, b.name, language));
  const types = RELATION_TYPES.filter(
    (type) => (counts.type.get(type) ?? 0) > 0 || filters.type.includes(type),
  );

  return (
    <section className="filter-bar" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="visually-hidden">
        {t('filters.heading')}
      </h2>
      <SearchField value={filters.q} onChange={(q) => onChange({ q }, { replace: true })} />
      <ChipGroup
        legend={t('filters.status')}
        options={RELATION_STATUSES.map((status) => ({
          value: status,
          label: t(`relationStatus.${status}`),
          count: counts.status.get(status) ?? 0,
          icon: <StatusSymbol status={status} />,
        }))}
        selected={filters.status}
        onToggle={(status) => onChange({ status: toggle(filters.status, status) })}
      />
      <ChipGroup
        legend={t('filters.type')}
        options={types.map((type) => ({
          value: type,
          label: t(`relationType.${type}`),
          count: counts.type.get(type) ?? 0,
        }))}
        selected={filters.type}
        onToggle={(type) => onChange({ type: toggle(filters.type, type) })}
      />
      <div className="field">
        <label htmlFor="country-filter">{t('filters.country')}</label>
        <select
          id="country-filter"
          value={
            filters.country.length === 1 ? filters.country[0] : filters.country.length > 1 ? 'several' : ''
          }
          onChange={(event) => onChange({ country: event.target.value ? [event.target.value] : [] })}
        >
          <option value="">{t('filters.allCountries')}</option>
          {filters.country.length > 1 && (
            <option value="several" disabled>
              {t('filters.severalCountries', {
                countries: filters.country.map((c) => countryName(c, language)).join(', '),
              })}
            </option>
          )}
          {countries.map(({ code, name }) => (
            <option key={code} value={code}>
              {`${name} (${counts.country.get(code) ?? 0})`}
            </option>
          ))}
        </select>
      </div>
      {/* Not a live region: the map summary announces every filter change, once (see map-summary.tsx). */}
      <p className="filter-summary">
        {t('filters.shown', { count: shown, total })}
        {active && (
          <button
            type="button"
            className="link-button"
            onClick={() => onChange({ status: [], type: [], country: [], q: '' })}
          >
            {t('filters.reset')}
          </button>
        )}
      </p>
    </section>
  );
}
