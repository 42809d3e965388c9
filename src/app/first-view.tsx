import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { STATUS_COLORS } from '../components/status-style';
import type { AppConfig } from '../config/app-config';
import { CONFIG_URL, configQueryOptions } from '../config/config-query';
import { chooseDataUrl } from '../config/data-url';
import type { Dataset } from '../data/dataset';
import { datasetQueryOptions } from '../data/dataset-query';
import type { UiLanguage } from '../data/localize';
import { createI18n } from '../i18n/i18n';
import { pageUrl } from '../state/use-url-state';
import { AppRoot } from './app-root';
import { FIRST_VIEW_CLASS } from './first-view-class';
import { DARK_QUERY } from './use-theme';

/** The first view's page (no query string) as HTML for #root, rendered by the same components. */
export function renderFirstView({
  config,
  dataset,
  language,
}: {
  config: AppConfig;
  dataset: Dataset;
  language: UiLanguage;
}): string {
  const client = new QueryClient();
  client.setQueryData(configQueryOptions.queryKey, config);
  client.setQueryData(datasetQueryOptions(firstViewDataUrl(config)).queryKey, dataset);
  return renderToString(<AppRoot client={client} i18n={createI18n(language)} />);
}

/** The dataset of the default view: config.json's first, as the app chooses it. */
function firstViewDataUrl(config: AppConfig): string {
  const data = chooseDataUrl(undefined, config, pageUrl());
  if (!data.ok) throw new Error('config.json names no dataset for the first view');
  return data.url;
}

/**
 * The classic script index.html runs before it paints: for the default view it shows the
 * prerendered app, in the theme and status colours the app would set, so nothing changes
 * when React takes the page over. It also asks for config.json and the dataset at once, while
 * the app's code still loads, as `<link rel="preload">`s that the app's own fetches then use.
 * It is a file of its own because the page's policy allows no inline script.
 */
export function firstViewScript(config: AppConfig): string {
  return `(function () {
  if (location.search !== '') return;
  var root = document.documentElement;
  var theme = ${JSON.stringify(config.defaultTheme)};
  if (theme === 'auto') theme = matchMedia(${JSON.stringify(DARK_QUERY)}).matches ? 'dark' : 'light';
  var colors = ${JSON.stringify(STATUS_COLORS)}[theme];
  root.classList.add(${JSON.stringify(FIRST_VIEW_CLASS)});
  root.dataset.theme = theme;
  for (var role in colors) root.style.setProperty('--status-' + role, colors[role]);
  ${JSON.stringify([CONFIG_URL, firstViewDataUrl(config)])}.forEach(function (file) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    // As fetch() asks by default (same-origin credentials), or the browser would not reuse it.
    link.crossOrigin = 'anonymous';
    link.href = file;
    document.head.appendChild(link);
  });
})();
`;
}
