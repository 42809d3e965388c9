import { useTranslation } from 'react-i18next';
import { placeName } from '../data/localize';
import type { RelationRow } from '../data/relation-rows';
import { StatusSymbol } from '../components/status-symbol';
import { countryName } from '../i18n/format';
import './city-list.css';

export interface CityListProps {
  rows: readonly RelationRow[];
  selectedId: string | undefined;
  onSelect: (placeId: string) => void;
  onHover: (placeId: string | undefined) => void;
}

/** The accessible alternative to the map: every shown city as a button, in step with map and filters. */
export function CityList({ rows, selectedId, onSelect, onHover }: CityListProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const sorted = [...rows].sort((a, b) =>
    placeName(a.place.names, language).localeCompare(placeName(b.place.names, language), language),
  );
  return (
    <section className="city-list" aria-labelledby="city-list-heading" id="city-list">
      <h2 id="city-list-heading" tabIndex={-1}>
        {t('list.heading')} <span className="count">({rows.length})</span>
      </h2>
      {sorted.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <ul>
          {sorted.map((row) => {
            const name = placeName(row.place.names, language);
            return (
              <li key={row.relation.id}>
                <button
                  type="button"
                  className="city-button"
                  aria-current={row.place.id === selectedId ? 'true' : undefined}
                  data-place-id={row.place.id}
                  onClick={() => onSelect(row.place.id)}
                  onMouseEnter={() => onHover(row.place.id)}
                  onMouseLeave={() => onHover(undefined)}
                  onFocus={() => onHover(row.place.id)}
                  onBlur={() => onHover(undefined)}
                >
                  <StatusSymbol status={row.state.status} />
                  <span className="city-name">{name}</span>
                  <span className="city-meta">
                    {row.place.country ? countryName(row.place.country, language) : ''} ·{' '}
                    {t(`relationType.${row.state.type}`)} · {t(`relationStatus.${row.state.status}`)}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
