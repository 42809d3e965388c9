import { queryOptions } from '@tanstack/react-query';
import type { DataProblem } from './problem';
import { parseDatasetText } from './parse-dataset-text';

export class DatasetInvalidError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly DataProblem[],
  ) {
    super(`${file}: ${problems.length} problem(s)`);
    this.name = 'DatasetInvalidError';
  }
}

/** `url` is relative to the page (so the app works under any sub-path) or one config.json allows. */
export function datasetQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['dataset', url],
    queryFn: async ({ signal }) => {
      const response = await fetch(url, { signal });
      if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
      const result = parseDatasetText(await response.text());
      if (!result.ok) throw new DatasetInvalidError(url, result.problems);
      return result.dataset;
    },
    staleTime: Infinity,
    // Invalid data stays invalid; only network failures are worth another try.
    retry: (failures, error) => !(error instanceof DatasetInvalidError) && failures < 2,
  });
}
