import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { chooseDataUrl } from '../config/data-url';
import { configQueryOptions } from '../config/config-query';
import { browserLanguages, chooseLanguage } from '../i18n/choose-language';
import { pageUrl, useUrlState } from '../state/use-url-state';
import { ConfigError, DataRefused } from './config-error';
import { DatasetView } from './dataset-view';
import { useDocumentLanguage } from './use-document-language';
import { useTheme } from './use-theme';

export function App() {
  const url = useUrlState();
  const { t } = useTranslation();
  const config = useQuery(configQueryOptions);
  useDocumentLanguage(chooseLanguage(url.lang, config.data?.defaultLanguage, browserLanguages()));
  const theme = useTheme(url.theme ?? config.data?.defaultTheme ?? 'auto');

  if (config.isPending) {
    return (
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    );
  }
  if (config.isError) return <ConfigError error={config.error} />;
  const data = chooseDataUrl(url.data, config.data, pageUrl());
  if (!data.ok) return <DataRefused requested={data.requested} />;
  return <DatasetView dataUrl={data.url} config={config.data} url={url} theme={theme} />;
}
