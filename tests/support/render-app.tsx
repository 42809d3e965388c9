import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { vi } from 'vitest';
import { App } from '../../src/app/app';
import { createI18n } from '../../src/i18n/i18n';
import { parseUrlState } from '../../src/state/url-state';
import { fixtureDataset } from './fixtures';

/**
 * Renders the whole app at `search`: config.json is answered by `config` (the defaults by
 * default) with `configStatus`, every other request by `body` (the fixture dataset) with `status`;
 * a function as `body` answers each URL with its own dataset.
 */
export function renderApp(
  search = '',
  body: unknown = fixtureDataset(),
  status = 200,
  config: unknown = {},
  configStatus = 200,
) {
  const answer = (url: string): unknown => (isAnswerer(body) ? body(url) : body);
  window.history.replaceState(null, '', `/${search}`);
  const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
  const fetchMock = vi.fn((input: RequestInfo | URL) =>
    Promise.resolve(
      requestUrl(input).endsWith('config.json')
        ? new Response(text(config), { status: configStatus })
        : new Response(text(answer(requestUrl(input))), { status }),
    ),
  );
  vi.stubGlobal('fetch', fetchMock);
  // The app's queries set their own retry rules; with no delay a test of them does not wait for real backoff.
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, retryDelay: 0 } } });
  const i18n = createI18n(parseUrlState(search).lang ?? 'de');
  const view = render(
    <QueryClientProvider client={client}>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </QueryClientProvider>,
  );
  return { ...view, fetchMock };
}

function requestUrl(input: RequestInfo | URL): string {
  return input instanceof Request ? input.url : input.toString();
}

function isAnswerer(body: unknown): body is (url: string) => unknown {
  return typeof body === 'function';
}
