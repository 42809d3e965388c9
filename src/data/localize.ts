import type { Localized, PlaceNames } from './schema';

export const UI_LANGUAGES = ['de', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Text in the reader's language; German and English are always present in valid data. */
export function pickText(text: Localized, language: string): string {
  if (language === 'uk' && text.uk) return text.uk;
  if (language === 'ru' && text.ru) return text.ru;
  return language === 'de' ? text.de : text.en;
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
