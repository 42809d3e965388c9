import { useTranslation } from 'react-i18next';
import { AUTOMATIC_RETRIES, DATASET_TIMEOUT_MS, DatasetInvalidError } from '../data/dataset-query';
import { isTransient } from '../data/fetch-data-file';
import { formatProblem } from '../data/problem';
import { describeLoadFailure } from './describe-failure';

const MAX_SHOWN = 50;

/**
 * Shown instead of the map when the data cannot be used: which file, what is wrong with it,
 * and a button to try again (a hand-edited file may have been fixed, a server may be back).
 */
export function DataError({
  file,
  error,
  retrying,
  onRetry,
}: {
  file: string;
  error: Error;
  retrying: boolean;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  return (
    <main className="data-error" role="alert" aria-busy={retrying}>
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
          <p>{t('app.loadFailed', { file, message: describeLoadFailure(t, error, DATASET_TIMEOUT_MS) })}</p>
          {isTransient(error) && <p>{t('loadFailure.retried', { count: AUTOMATIC_RETRIES })}</p>}
        </>
      )}
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? t('loadFailure.retrying') : t('app.retry')}
      </button>
    </main>
  );
}
