import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../data/localize';

/** Follows the URL's language: UI strings, <html lang> and the page title. */
export function useDocumentLanguage(language: UiLanguage): void {
  const { i18n, t } = useTranslation();
  if (i18n.language !== language) void i18n.changeLanguage(language);
  useEffect(
    function syncDocumentLanguage() {
      document.documentElement.lang = language;
      document.title = t('app.title');
    },
    [language, t],
  );
}
