import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { de } from './messages/de';
import { en } from './messages/en';
import { ru } from './messages/ru';
import { uk } from './messages/uk';

export const resources = {
  de: { translation: de },
  en: { translation: en },
  uk: { translation: uk },
  ru: { translation: ru },
} as const;

/** A fresh i18next instance (one per app, one per test), synchronous since the messages are bundled. */
export function createI18n(language: string): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'de',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
