import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../src/i18n/i18n';

/** Renders one component in a UI language, without the app around it. */
export function renderWithI18n(element: ReactElement, language: 'de' | 'en' = 'de') {
  return render(<I18nextProvider i18n={createI18n(language)}>{element}</I18nextProvider>);
}
