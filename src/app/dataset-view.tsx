import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ResolvedTheme } from '../components/status-style';
import type { AppConfig } from '../config/app-config';
import { datasetQueryOptions } from '../data/dataset-query';
import type { UrlState } from '../state/url-state';
import { DataError } from './data-error';
import { RelationsView } from './relations-view';

/** Loads the chosen dataset and shows it, or says clearly why it cannot. */
export function DatasetView({
  dataUrl,
  config,
  url,
  theme,
}: {
  dataUrl: string;
  config: AppConfig;
  url: UrlState;
  theme: ResolvedTheme;
}) {
  const { t } = useTranslation();
  const dataset = useQuery(datasetQueryOptions(dataUrl));
  if (dataset.isPending) {
    return (
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    );
  }
  if (dataset.isError) {
    return <DataError file={dataUrl} error={dataset.error} onRetry={() => void dataset.refetch()} />;
  }
  return <RelationsView dataset={dataset.data} dataUrl={dataUrl} config={config} url={url} theme={theme} />;
}
