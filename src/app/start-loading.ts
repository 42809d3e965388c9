import type { QueryClient } from '@tanstack/react-query';
import { DEFAULT_CONFIG } from '../config/app-config';
import { configQueryOptions } from '../config/config-query';
import { chooseDataUrl } from '../config/data-url';
import { datasetQueryOptions } from '../data/dataset-query';
import type { UrlState } from '../state/url-state';

/**
 * Requests config.json and then the dataset it names before React's first render, instead of from
 * the effects of two renders in a row: the list and the title wait for the data, not for React.
 * The components' own queries then find the data there or in flight; their errors stay theirs.
 * Settles, never fails, once it is known whether the dataset is there (true) or not.
 */
export function startLoading(client: QueryClient, url: UrlState, pageUrl: string): Promise<boolean> {
  return (
    client
      .query(configQueryOptions)
      // As the page does: settings that fail to load leave the defaults.
      .catch(() => DEFAULT_CONFIG)
      .then((config) => {
        const data = chooseDataUrl(url.data, config, pageUrl);
        return data.ok ? client.query(datasetQueryOptions(data.url)).then(() => true) : false;
      })
      // The page's own queries show what failed.
      .catch(() => false)
  );
}
