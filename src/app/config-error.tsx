import { useTranslation } from 'react-i18next';
import { updateUrlState } from '../state/use-url-state';

/** A `?data=` link to a source that config.json does not allow: refused before any request. */
export function DataRefused({ requested }: { requested: string }) {
  const { t } = useTranslation();
  return (
    <main className="data-error" role="alert">
      <h1>{t('app.title')}</h1>
      <p>{t('config.dataRefused', { url: requested })}</p>
      <button type="button" onClick={() => updateUrlState({ data: undefined })}>
        {t('config.toDefault')}
      </button>
    </main>
  );
}
