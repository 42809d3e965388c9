import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { vi } from 'vitest';
import { App } from '../../src/app/app';
import { createI18n } from '../../src/i18n/i18n';
import { parseUrlState } from '../../src/state/url-state';
import { fixtureDataset } from './fixtures';

/** Renders the whole app at `search` with the dataset request answered by `body` (the fixture by default). */
export function renderApp(search = '', body: unknown = fixtureDataset(), status = 200) {
  window.history.replaceState(null, '', `/${search}`);
  const fetchMock = vi.fn(() =>
    Promise.resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status })),
  );
  vi.stubGlobal('fetch', fetchMock);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const i18n = createI18n(parseUrlState(search).lang);
  const view = render(
    <QueryClientProvider client={client}>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </QueryClientProvider>,
  );
  return { ...view, fetchMock };
}
