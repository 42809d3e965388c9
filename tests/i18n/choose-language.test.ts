import { describe, expect, it } from 'vitest';
import { chooseLanguage, uiLanguageOf } from '../../src/i18n/choose-language';

describe('uiLanguageOf', () => {
  it('maps a language tag to its UI language by the primary subtag', () => {
    expect(uiLanguageOf('uk-UA')).toBe('uk');
    expect(uiLanguageOf('ru')).toBe('ru');
    expect(uiLanguageOf('EN_gb')).toBe('en');
    expect(uiLanguageOf('de-AT')).toBe('de');
  });

  it('has no UI language for others, nor for tags that only start like one', () => {
    expect(uiLanguageOf('fr-FR')).toBeUndefined();
    expect(uiLanguageOf('be')).toBeUndefined();
    expect(uiLanguageOf('ukr')).toBeUndefined();
    expect(uiLanguageOf('')).toBeUndefined();
  });
});

describe('chooseLanguage', () => {
  it('takes the link first, then config.json', () => {
    expect(chooseLanguage('ru', 'en', ['uk-UA'])).toBe('ru');
    expect(chooseLanguage(undefined, 'en', ['uk-UA'])).toBe('en');
  });

  it('falls back to the first preferred browser language it has', () => {
    expect(chooseLanguage(undefined, undefined, ['uk-UA', 'ru', 'en'])).toBe('uk');
    expect(chooseLanguage(undefined, undefined, ['pl-PL', 'ru-RU', 'de'])).toBe('ru');
    expect(chooseLanguage(undefined, undefined, ['fr', 'en-US'])).toBe('en');
  });

  it('speaks German when nothing fits', () => {
    expect(chooseLanguage(undefined, undefined, ['fr', 'pl'])).toBe('de');
    expect(chooseLanguage(undefined, undefined, [])).toBe('de');
  });
});
