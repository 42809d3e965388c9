import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { AccessibilityStatement } from '../../src/app/accessibility-statement';
import { parseConfigText } from '../../src/config/config-query';
import { createI18n } from '../../src/i18n/i18n';
import { renderApp } from '../support/render-app';

function renderStatement(
  language: string,
  props: Partial<Parameters<typeof AccessibilityStatement>[0]> = {},
) {
  const onClose = vi.fn();
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <AccessibilityStatement
        title="Karte"
        contact={undefined}
        enforcement={undefined}
        onClose={onClose}
        {...props}
      />
    </I18nextProvider>,
  );
  return { onClose };
}

describe('AccessibilityStatement', () => {
  it('states partial conformance, the known limits, and that contact and enforcement body are not configured', () => {
    renderStatement('de');
    const dialog = screen.getByRole('dialog', { name: 'Erklärung zur Barrierefreiheit' });
    expect(dialog).toHaveTextContent('teilweise vereinbar');
    expect(within(dialog).getByRole('heading', { name: 'Bekannte Einschränkungen' })).toBeInTheDocument();
    expect(within(dialog).getAllByRole('listitem').length).toBeGreaterThanOrEqual(5);
    expect(dialog).toHaveTextContent('noch keine Kontaktstelle angegeben');
    expect(dialog).toHaveTextContent('§ 16 BGG');
    expect(within(dialog).queryByRole('link')).not.toBeInTheDocument();
  });

  it('shows the configured contact point and enforcement body', () => {
    renderStatement('en', {
      contact: { name: 'Web team', email: 'barrierefrei@example.org', url: 'https://example.org/contact' },
      enforcement: {
        name: 'Enforcement body',
        address: ['Street 1', '01234 Town'],
        email: 'body@example.org',
      },
    });
    const dialog = screen.getByRole('dialog', { name: 'Accessibility statement' });
    expect(within(dialog).getByRole('link', { name: 'barrierefrei@example.org' })).toHaveAttribute(
      'href',
      'mailto:barrierefrei@example.org',
    );
    expect(within(dialog).getByRole('link', { name: 'Contact form' })).toHaveAttribute(
      'href',
      'https://example.org/contact',
    );
    expect(dialog).toHaveTextContent('Web team');
    expect(dialog).toHaveTextContent('Enforcement body');
    expect(dialog).toHaveTextContent('01234 Town');
    expect(within(dialog).getByRole('link', { name: 'body@example.org' })).toBeInTheDocument();
    expect(dialog).not.toHaveTextContent('has not named');
  });

  it('exists in Ukrainian and Russian', () => {
    renderStatement('uk');
    expect(screen.getByRole('dialog', { name: 'Заява про доступність' })).toHaveTextContent(
      'частково відповідає',
    );
  });

  it('closes with its button', async () => {
    const user = userEvent.setup();
    const { onClose } = renderStatement('ru');
    expect(screen.getByRole('dialog', { name: 'Заявление о доступности' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Закрыть' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});

describe('the statement in the app', () => {
  it('opens from the header, closes with Escape and gives focus back', async () => {
    const user = userEvent.setup();
    renderApp('?lang=uk');
    const button = await screen.findByRole('button', { name: 'Доступність' });
    await user.click(button);
    // The statement is its own chunk, loaded on first open.
    const dialog = await screen.findByRole('dialog', { name: 'Заява про доступність' });
    await waitFor(() => expect(within(dialog).getByRole('heading', { level: 2 })).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('is in the embed toolbar too', async () => {
    renderApp('?embed=1');
    const toolbar = await screen.findByRole('banner', { name: 'Kartenwerkzeuge' });
    expect(within(toolbar).getByRole('button', { name: 'Barrierefreiheit' })).toBeInTheDocument();
  });
});

describe('config.json accessibility fields', () => {
  it('accepts a contact and an enforcement body, and refuses a contact nobody can reach', () => {
    expect(
      parseConfigText(
        '{"accessibilityContact":{"email":"a@example.org"},"accessibilityEnforcement":{"name":"Stelle","address":["Straße 1"]}}',
      ),
    ).toMatchObject({
      accessibilityContact: { email: 'a@example.org' },
      accessibilityEnforcement: { name: 'Stelle' },
    });
    expect(() => parseConfigText('{"accessibilityContact":{"name":"Team"}}')).toThrow();
    expect(() => parseConfigText('{"accessibilityContact":{"email":"not-an-address"}}')).toThrow();
    expect(() => parseConfigText('{"accessibilityEnforcement":{"address":["x"]}}')).toThrow();
  });
});
