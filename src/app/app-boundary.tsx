import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/error-boundary';
import { reloadPage } from '../state/use-url-state';

function AppFailed() {
  const { t } = useTranslation();
  return (
    <main className="data-error" role="alert">
      <h1>{t('app.title')}</h1>
      <p>{t('contained.app')}</p>
      <button type="button" onClick={reloadPage}>
        {t('contained.reloadPage')}
      </button>
    </main>
  );
}

/** The last line: whatever fails outside the contained parts, the reader gets a message, not a blank page. */
export function AppBoundary({ children }: { children: ReactNode }) {
  return <ErrorBoundary fallback={() => <AppFailed />}>{children}</ErrorBoundary>;
}
