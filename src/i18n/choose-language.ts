import { UI_LANGUAGES, type UiLanguage } from '../data/localize';

/** The UI language for a BCP 47 tag ("uk-UA" → "uk"), or undefined when we have none for it. */
export function uiLanguageOf(tag: string): UiLanguage | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return UI_LANGUAGES.find((language) => language === primary);
}

/**
 * The language the page speaks: the link's `?lang=` first, then config.json's `defaultLanguage`,
 * then the first of the browser's preferred languages (navigator.languages) that we have,
 * and German when none fits.
 */
export function chooseLanguage(
  fromUrl: UiLanguage | undefined,
  configured: UiLanguage | undefined,
  preferred: readonly string[],
): UiLanguage {
  if (fromUrl) return fromUrl;
  if (configured) return configured;
  for (const tag of preferred) {
    const language = uiLanguageOf(tag);
    if (language) return language;
  }
  return 'de';
}

/** The browser's preferred languages, most preferred first; empty where there is no navigator. */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
}
