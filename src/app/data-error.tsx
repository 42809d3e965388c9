import { useTranslation } from 'react-i18next';
import { DatasetInvalidError } from '../data/dataset-query';
import { formatProblem } from '../data/problem';

const MAX_SHOWN = 50;

/** Shown instead of the map when the data cannot be used: which file, and what is wrong with it. */
export function DataError({ file, error, onRetry }: { file: string; error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="data-error" role="alert">
      <h1>{t('app.title')}</h1>
      {error instanceof DatasetInvalidError ? (
        <>
          <p>{t('app.dataInvalid', { file: error.file })}</p>
          <ul>
            {error.problems.slice(0, MAX_SHOWN).map((problem, index) => (
              <li key={index}>
                <code>{formatProblem(problem)}</code>
              </li>
            ))}
          </ul>
          {error.problems.length > MAX_SHOWN && <p>… +{error.problems.length - MAX_SHOWN}</p>}
        </>
      ) : (
        <>
          <p>{t('app.loadFailed', { file, message: error.message })}</p>
          <button type="button" onClick={onRetry}>
            {t('app.retry')}
          </button>
        </>
      )}
    </main>
  );
}
