import './relation-facts.css';
import { useTranslation } from 'react-i18next';
import type { Dataset, PlaceEntry } from '../data/dataset';
import { pickText, placeName } from '../data/localize';
import type { OrientedRelation } from '../data/relation-rows';
import { countryName, formatNumber } from '../i18n/format';
import { PanelShell } from './panel-shell';
import { PlaceNames } from './place-names';
import { RelationSection } from './relation-section';
import { numberSources } from './source-numbers';
import { SourceList } from './source-list';
import { SourceRefs } from './source-refs';

export interface PlacePanelProps {
  dataset: Dataset;
  place: PlaceEntry;
  /** Every relation of this place, begun or not at `at`. */
  relations: readonly OrientedRelation[];
  /** The "as of" day. */
  at: string;
  timeTravel: boolean;
  onClose: () => void;
}

export function PlacePanel({ dataset, place, relations, at, timeTravel, onClose }: PlacePanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const numbers = numberSources(
    place,
    relations.map((entry) => entry.relation),
  );
  const within = place.within ? dataset.places.get(place.within) : undefined;
  return (
    <PanelShell
      title={placeName(place.names, language)}
      subtitle={<PlaceNames place={place} />}
      onClose={onClose}
    >
      <dl className="facts">
        {place.country && (
          <>
            <dt>{t('panel.country')}</dt>
            <dd>{countryName(place.country, language)}</dd>
          </>
        )}
        {within && (
          <>
            <dt className="visually-hidden">{t('panel.within', { place: '' })}</dt>
            <dd>{t('panel.within', { place: placeName(within.names, language) })}</dd>
          </>
        )}
        {place.population && (
          <>
            <dt>{t('panel.population')}</dt>
            <dd>
              {place.population.year
                ? t('panel.populationValue', {
                    value: formatNumber(place.population.value, language),
                    year: place.population.year,
                  })
                : formatNumber(place.population.value, language)}{' '}
              <SourceRefs ids={place.population.sources} numbers={numbers} />
              {place.population.note && (
                <span className="population-note">{pickText(place.population.note, language)}</span>
              )}
            </dd>
          </>
        )}
      </dl>
      {relations.map((entry) => (
        <RelationSection
          key={entry.relation.id}
          entry={entry}
          at={at}
          timeTravel={timeTravel}
          numbers={numbers}
        />
      ))}
      <SourceList numbers={numbers} sources={dataset.sources} />
    </PanelShell>
  );
}
