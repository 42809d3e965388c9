import { useTranslation } from 'react-i18next';
import type { PlaceEntry } from '../data/dataset';
import { placeName } from '../data/localize';

/** The place's other names: German, English and its own script, without repeating the title. */
export function PlaceNames({ place }: { place: PlaceEntry }) {
  const { i18n } = useTranslation();
  const title = placeName(place.names, i18n.language);
  const names = [
    { lang: 'de', name: place.names.de },
    { lang: 'en', name: place.names.en },
    { lang: undefined, name: place.names.native },
  ].filter(
    (entry, index, all): entry is { lang: string | undefined; name: string } =>
      !!entry.name && entry.name !== title && all.findIndex((other) => other.name === entry.name) === index,
  );
  if (names.length === 0) return null;
  return (
    <p className="place-names">
      {names.map((entry, index) => (
        <span key={entry.name} lang={entry.lang}>
          {index > 0 && ' · '}
          {entry.name}
        </span>
      ))}
    </p>
  );
}
