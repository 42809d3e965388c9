import './data/zod-jitless';
// The page-wide base first, so feature styles imported by their components come after it.
import './app/base.css';
// The page without JavaScript (prerendered into index.html) is styled from the same sheet.
import './app/static-page.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/app';
import { AppBoundary } from './app/app-boundary';
import { startLoading } from './app/start-loading';
import { createI18n } from './i18n/i18n';
import { initialUrlState, pageUrl } from './state/use-url-state';

// The map's chunk is not requested here: run at startup, MapLibre's 1.1 MB delayed the title and the
// list by a fifth and drew the map no sooner (it needs the data first). React.lazy asks for it then.
const queryClient = new QueryClient();
const startUrl = initialUrlState();
startLoading(queryClient, startUrl, pageUrl());
const i18n = createI18n(startUrl.lang ?? 'de');
// index.html carries the default dataset's title (prerendered for readers without JavaScript);
// another dataset must not show it while its own loads.
if (startUrl.data !== undefined) document.title = i18n.t('app.title');
const root = document.getElementById('root');
if (!root) throw new Error('#root missing in index.html');

// Replaces the prerendered <noscript> content too (see src/cli/prerender-page.ts).
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <AppBoundary>
          <App />
        </AppBoundary>
      </I18nextProvider>
    </QueryClientProvider>
  </StrictMode>,
);
