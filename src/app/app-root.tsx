import { StrictMode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { App } from './app';
import { AppBoundary } from './app-boundary';

/** The whole page with its providers: rendered in the browser, and at build time for the first view. */
export function AppRoot({ client, i18n }: { client: QueryClient; i18n: i18n }) {
  return (
    <StrictMode>
      <QueryClientProvider client={client}>
        <I18nextProvider i18n={i18n}>
          <AppBoundary>
            <App />
          </AppBoundary>
        </I18nextProvider>
      </QueryClientProvider>
    </StrictMode>
  );
}
