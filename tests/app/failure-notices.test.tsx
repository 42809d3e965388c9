import { screen, waitFor, within } from '@testing-library/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppBoundary } from '../../src/app/app-boundary';
import { createI18n } from '../../src/i18n/i18n';
import { CONSENT_STORAGE_KEY, revokeConsent } from '../../src/state/basemap-consent';
import { uiActions } from '../../src/state/ui-store';
import { renderApp } from '../support/render-app';

const STYLE_URL = 'https://tiles.example.org/style.json';
const REMOTE_STYLE = { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background' }] };

beforeEach(() => {
  uiActions().reset();
  revokeConsent();
});

afterEach(() => {
  window.localStorage.clear();
});

function requested(fetchMock: { mock: { calls: unknown[][] } }): string[] {
  return fetchMock.mock.calls.map(([input]) => String(input));
}

/** The notice over the map whose text matches. */
function notice(text: RegExp): HTMLElement {
  const found = screen.getAllByRole('status').find((element) => text.test(element.textContent));
  if (!found) throw new Error(`no notice matching ${String(text)}`);
  return found;
}

describe('config.json failing', { timeout: 20_000 }, () => {
  it.each([
    ['HTTP 500', '{}', 500, 'Fehler 500'],
    ['truncated JSON', '{"defaultLanguage": "en",', 200, 'not valid JSON'],
    ['an unknown field', { colour: 'red' }, 200, 'colour'],
  ])(
    'on %s, the map runs on the defaults with a notice saying why',
    async (_name, config, status, reason) => {
      renderApp('', undefined, 200, config, status);
      // A 5xx is retried once, after a second.
      const list = await screen.findByRole('heading', { level: 2, name: /^Städte/ }, { timeout: 4000 });
      expect(list).toBeInTheDocument();
      expect(await screen.findByTestId('map')).toBeInTheDocument();
      expect(notice(/Die Einstellungen \(config\.json\) konnten nicht verwendet werden/)).toHaveTextContent(
        reason,
      );
    },
  );

  it('a missing config.json (404) is the documented default: no notice', async () => {
    renderApp('', undefined, 200, 'not found', 404);
    expect(await screen.findByRole('heading', { level: 2, name: /^Städte/ })).toBeInTheDocument();
    expect(screen.queryByText(/config\.json/)).not.toBeInTheDocument();
  });
});

describe('consent before a remote basemap', { timeout: 20_000 }, () => {
  it('shows the bundled basemap and asks nothing of the remote server until the reader agrees', async () => {
    const user = userEvent.setup();
    const { fetchMock } = renderApp('', undefined, 200, { basemapStyleUrl: STYLE_URL });
    await screen.findByText(/kann eine detailliertere Grundkarte von tiles\.example\.org laden/);
    const consent = notice(/kann eine detailliertere Grundkarte von tiles\.example\.org laden/);
    expect(await screen.findByTestId('map')).toBeInTheDocument();
    expect(requested(fetchMock).filter((url) => url.startsWith('https://tiles'))).toEqual([]);

    const style = vi.fn(() => Promise.resolve(new Response(JSON.stringify(REMOTE_STYLE))));
    vi.stubGlobal('fetch', style);
    await user.click(within(consent).getByRole('button', { name: 'Externe Grundkarte laden' }));
    await waitFor(() => expect(requested(style)).toEqual([STYLE_URL]));
    expect(await screen.findByText('Grundkarte von tiles.example.org')).toBeInTheDocument();
    // Not remembered unless the reader asked for it.
    expect(window.localStorage.getItem(CONSENT_STORAGE_KEY)).toBeNull();
    expect(await screen.findByTestId('map')).toBeInTheDocument();
  });

  it('remembers the choice only when the reader ticks the box, under one key', async () => {
    const user = userEvent.setup();
    renderApp('', undefined, 200, { basemapStyleUrl: STYLE_URL });
    await screen.findByText(/kann eine detailliertere Grundkarte/);
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(JSON.stringify(REMOTE_STYLE)))),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Entscheidung in diesem Browser merken' }));
    await user.click(screen.getByRole('button', { name: 'Externe Grundkarte laden' }));
    expect(window.localStorage.getItem(CONSENT_STORAGE_KEY)).toBe(STYLE_URL);
    expect(Object.keys(window.localStorage)).toEqual([CONSENT_STORAGE_KEY]);

    await user.click(await screen.findByRole('button', { name: 'Wieder die mitgelieferte Karte verwenden' }));
    expect(window.localStorage.getItem(CONSENT_STORAGE_KEY)).toBeNull();
    expect(screen.getByRole('button', { name: 'Externe Grundkarte laden' })).toBeInTheDocument();
  });

  it('a remembered choice loads the remote style at once, without asking again', async () => {
    window.localStorage.setItem(CONSENT_STORAGE_KEY, STYLE_URL);
    const { fetchMock } = renderApp('', undefined, 200, { basemapStyleUrl: STYLE_URL });
    await screen.findByRole('heading', { level: 2, name: /^Städte/ });
    await waitFor(() => expect(requested(fetchMock)).toContain(STYLE_URL));
    expect(screen.queryByRole('button', { name: 'Externe Grundkarte laden' })).not.toBeInTheDocument();
  });

  it('a choice remembered for another provider does not count', async () => {
    window.localStorage.setItem(CONSENT_STORAGE_KEY, 'https://other.example.org/style.json');
    const { fetchMock } = renderApp('', undefined, 200, { basemapStyleUrl: STYLE_URL });
    expect(await screen.findByRole('button', { name: 'Externe Grundkarte laden' })).toBeInTheDocument();
    expect(requested(fetchMock)).not.toContain(STYLE_URL);
  });
});

describe('an unexpected error outside the contained parts', () => {
  it('is a message with a reload button, never a blank page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Broken(): never {
      throw new Error('forced');
    }
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <AppBoundary>
          <Broken />
        </AppBoundary>
      </I18nextProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('An unexpected error occurred while showing the map.');
    expect(within(alert).getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
  });
});
