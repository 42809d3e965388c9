import { useTranslation } from 'react-i18next';
import { ConfigInvalidError } from '../config/config-query';
import { formatProblem } from '../data/problem';
import { updateUrlState } from '../state/use-url-state';

export function ConfigError({ error }: { error: Error }) {
  const { t } = useTranslation();
  return (
    <main className="data-error" role="alert">
      <h1>{t('app.title')}</h1>
      <p>{t('config.invalid')}</p>
      <ul>
        {error instanceof ConfigInvalidError ? (
          error.problems.map((problem, index) => (
            <li key={index}>
              <code>{formatProblem(problem)}</code>
            </li>
          ))
        ) : (
          <li>
            <code>{error.message}</code>
          </li>
        )}
      </ul>
    </main>
  );
}

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
