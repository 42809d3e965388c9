import { useTranslation } from 'react-i18next';

export function SearchField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="field search-field" role="search">
      <label htmlFor="city-search">{t('filters.search')}</label>
      <input
        id="city-search"
        type="search"
        value={value}
        maxLength={100}
        autoComplete="off"
        aria-describedby="city-search-hint"
        onChange={(event) => onChange(event.target.value)}
      />
      <small id="city-search-hint">{t('filters.searchHint')}</small>
    </div>
  );
}
