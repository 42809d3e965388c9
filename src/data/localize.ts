import type { Localized, PlaceNames } from './schema';
import { CONTENT_LANGUAGES, type ContentLanguage } from './vocabulary';

export const UI_LANGUAGES = ['de', 'en', 'uk', 'ru'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** A text picked for the reader: `lang` is the language it is really in, `fallback` when that is not theirs. */
export interface LocalText {
  text: string;
  lang: ContentLanguage;
  fallback: boolean;
}

function isContentLanguage(value: string): value is ContentLanguage {
  return (CONTENT_LANGUAGES as readonly string[]).includes(value);
}

/**
 * Text in the reader's language; otherwise English, then German. Both are required in valid
 * data, so in practice only Ukrainian and Russian readers ever get a fallback.
 */
export function localText(text: Localized, language: string): LocalText {
  const order: ContentLanguage[] = isContentLanguage(language) ? [language, 'en', 'de'] : ['en', 'de'];
  for (const lang of order) {
    const value = text[lang];
    if (value) return { text: value, lang, fallback: lang !== language };
  }
  return { text: text.de, lang: 'de', fallback: language !== 'de' };
}

/** The text alone, for places where a fallback need not be marked (names, which every place has in all four). */
export function pickText(text: Localized, language: string): string {
  return localText(text, language).text;
}

/** config.json's title, where only German is required: the reader's language, else English, else German. */
export function configuredTitle(title: Partial<Localized> & { de: string }, language: string): string {
  const own = isContentLanguage(language) ? title[language] : undefined;
  return own ?? title.en ?? title.de;
}

export function placeName(names: PlaceNames, language: string): string {
  return pickText(names, language);
}

/** Every name of a place, for search: all languages, the native script and other spellings. */
export function allNames(names: PlaceNames): string[] {
  return [names.de, names.en, names.uk, names.ru, names.native, ...(names.alt ?? [])].filter(
    (name): name is string => !!name,
  );
}

/** Lower case without diacritics, so "krakow" finds "Kraków" and "kyjiw" finds "Kyjiw". */
export function foldForSearch(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/ß/g, 'ss').trim();
}
