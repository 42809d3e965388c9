import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../data/localize';

/** Follows the URL's language: UI strings and <html lang>. The page title is the dataset's (see RelationsView). */
export function useDocumentLanguage(language: UiLanguage): void {
  const { i18n } = useTranslation();
  if (i18n.language !== language) void i18n.changeLanguage(language);
  useEffect(
    function syncDocumentLanguage() {
      document.documentElement.lang = language;
    },
    [language],
  );
}
