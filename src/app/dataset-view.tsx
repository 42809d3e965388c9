import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
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
  notice,
}: {
  dataUrl: string;
  config: AppConfig;
  url: UrlState;
  theme: ResolvedTheme;
  /** A notice about the settings, shown over the map. */
  notice: ReactNode;
}) {
  const { t } = useTranslation();
  const dataset = useQuery(datasetQueryOptions(dataUrl));
  // Data once shown stays shown: a later refetch that fails must not take the map away.
  if (dataset.data) {
    return (
      <RelationsView
        dataset={dataset.data}
        dataUrl={dataUrl}
        config={config}
        url={url}
        theme={theme}
        notice={notice}
      />
    );
  }
  if (dataset.isError) {
    return (
      <DataError
        file={dataUrl}
        error={dataset.error}
        retrying={dataset.isFetching}
        onRetry={() => void dataset.refetch()}
      />
    );
  }
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}
