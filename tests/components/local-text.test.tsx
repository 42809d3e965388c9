import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { LocalText } from '../../src/components/local-text';
import { localText } from '../../src/data/localize';
import { createI18n } from '../../src/i18n/i18n';

function renderIn(language: string, text: Parameters<typeof localText>[0]) {
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <p data-testid="text">
        <LocalText value={localText(text, language)} />
      </p>
    </I18nextProvider>,
  );
}

describe('LocalText', () => {
  it('shows the reader language plainly', () => {
    renderIn('uk', { de: 'Beginn', en: 'Start', uk: 'Початок' });
    expect(screen.getByTestId('text')).toHaveTextContent(/^Початок$/);
    expect(screen.getByText('Початок')).not.toHaveAttribute('lang');
    expect(screen.queryByText(/англійською/)).not.toBeInTheDocument();
  });

  it('marks an English stand-in in markup and with a note in the reader language', () => {
    renderIn('uk', { de: 'Beginn', en: 'Start' });
    expect(screen.getByText('Start')).toHaveAttribute('lang', 'en');
    expect(screen.getByText('(англійською)')).toBeInTheDocument();
    expect(screen.getByTestId('text')).toHaveTextContent('Start (англійською)');
  });

  it('says the same in Russian', () => {
    renderIn('ru', { de: 'Beginn', en: 'Start' });
    expect(screen.getByText('Start')).toHaveAttribute('lang', 'en');
    expect(screen.getByText('(на английском)')).toBeInTheDocument();
  });
});
