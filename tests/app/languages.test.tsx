import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../support/render-app';

function preferLanguages(languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('UI languages', () => {
  it('speaks Ukrainian with ?lang=uk, in the text and in <html lang>', async () => {
    renderApp('?lang=uk');
    expect(await screen.findByRole('region', { name: 'Міста (2)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Київ|Kyiv/ })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('uk');
  });

  it('offers four languages, each named in itself and marked with its language', async () => {
    const user = userEvent.setup();
    renderApp('?lang=uk');
    const switcher = await screen.findByRole('navigation', { name: 'Мова' });
    const buttons = within(switcher).getAllByRole('button');
    expect(buttons.map((button) => [button.textContent, button.getAttribute('lang')])).toEqual([
      ['Deutsch', 'de'],
      ['English', 'en'],
      ['Українська', 'uk'],
      ['Русский', 'ru'],
    ]);
    expect(within(switcher).getByRole('button', { name: 'Українська' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(within(switcher).getByRole('button', { name: 'Русский' }));
    expect(await screen.findByRole('region', { name: 'Города (2)' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ru');
    expect(window.location.search).toBe('?lang=ru');
  });

  it('follows the browser when neither the link nor config.json names a language', async () => {
    preferLanguages(['pl-PL', 'ru-RU', 'en']);
    renderApp('', undefined, 200, {});
    expect(await screen.findByRole('region', { name: 'Города (2)' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ru');
  });

  it('lets config.json override the browser, and the link override both', async () => {
    preferLanguages(['ru-RU']);
    const { unmount } = renderApp('', undefined, 200, { defaultLanguage: 'en' });
    expect(await screen.findByRole('region', { name: 'Cities (2)' })).toBeInTheDocument();
    unmount();
    renderApp('?lang=uk', undefined, 200, { defaultLanguage: 'en' });
    expect(await screen.findByRole('region', { name: 'Міста (2)' })).toBeInTheDocument();
  });

  it('marks a summary shown in English for a Ukrainian reader', async () => {
    renderApp('?lang=uk&city=kyiv');
    const summary = await screen.findByText('Summary');
    expect(summary).toHaveAttribute('lang', 'en');
    // The summary and both event titles of the fixture exist in German and English only.
    expect(screen.getAllByText('(англійською)')).toHaveLength(3);
    expect(screen.getByText('Start')).toHaveAttribute('lang', 'en');
  });
});
