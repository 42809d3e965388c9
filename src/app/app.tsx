import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DEFAULT_CONFIG } from '../config/app-config';
import { chooseDataUrl } from '../config/data-url';
import { configQueryOptions } from '../config/config-query';
import { browserLanguages, chooseLanguage } from '../i18n/choose-language';
import { pageUrl, useUrlState } from '../state/use-url-state';
import { DataRefused } from './config-error';
import { ConfigNotice } from './config-notice';
import { DatasetView } from './dataset-view';
import { useDocumentLanguage } from './use-document-language';
import { useTheme } from './use-theme';

export function App() {
  const url = useUrlState();
  const { t } = useTranslation();
  const query = useQuery(configQueryOptions);
  // A config.json that fails to load or parse costs the city its settings, not the reader the map.
  const config = query.data ?? DEFAULT_CONFIG;
  useDocumentLanguage(chooseLanguage(url.lang, config.defaultLanguage, browserLanguages()));
  const theme = useTheme(url.theme ?? config.defaultTheme);

  if (query.isPending) {
    return (
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    );
  }
  const data = chooseDataUrl(url.data, config, pageUrl());
  if (!data.ok) return <DataRefused requested={data.requested} />;
  const notice = query.isError && query.data === undefined ? <ConfigNotice error={query.error} /> : null;
  return <DatasetView dataUrl={data.url} config={config} url={url} theme={theme} notice={notice} />;
}
