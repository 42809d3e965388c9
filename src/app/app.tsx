import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DEFAULT_DATASET_URL, datasetQueryOptions } from '../data/dataset-query';
import { useUrlState } from '../state/use-url-state';
import { DataError } from './data-error';
import { RelationsView } from './relations-view';
import { useDocumentLanguage } from './use-document-language';

export function App() {
  const url = useUrlState();
  const { t } = useTranslation();
  useDocumentLanguage(url.lang);
  const dataset = useQuery(datasetQueryOptions(DEFAULT_DATASET_URL));

  if (dataset.isPending) {
    return (
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    );
  }
  if (dataset.isError) {
    return (
      <DataError file={DEFAULT_DATASET_URL} error={dataset.error} onRetry={() => void dataset.refetch()} />
    );
  }
  return <RelationsView dataset={dataset.data} url={url} />;
}
