import { queryOptions } from '@tanstack/react-query';
import { fetchDataFile, isTransient } from './fetch-data-file';
import type { DataProblem } from './problem';
import { parseDatasetBytes } from './parse-dataset-text';

/** A data file that takes longer than this is reported as not loading (and may be retried by hand). */
export const DATASET_TIMEOUT_MS = 15_000;

export class DatasetInvalidError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly DataProblem[],
  ) {
    super(`${file}: ${problems.length} problem(s)`);
    this.name = 'DatasetInvalidError';
  }
}

/** Automatic tries after the first, for failures that may pass; then the reader decides. */
export const AUTOMATIC_RETRIES = 2;

/**
 * 1 s, then 2 s: long enough for a flaky connection to come back, short enough to wait through.
 * react-query passes the failures before this one: 0 before the first retry.
 */
function retryDelay(earlierFailures: number): number {
  return 1000 * 2 ** earlierFailures;
}

/** `url` is relative to the page (so the app works under any sub-path) or one config.json allows. */
export function datasetQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['dataset', url],
    queryFn: async ({ signal }) => {
      const bytes = await fetchDataFile(url, { signal, timeoutMs: DATASET_TIMEOUT_MS });
      const result = parseDatasetBytes(bytes);
      if (!result.ok) throw new DatasetInvalidError(url, result.problems);
      return result.dataset;
    },
    staleTime: Infinity,
    // Failed before the page mounted (main.tsx waits for the data under a prerendered view): shown
    // as it is, not asked for again; the reader's retry asks again.
    retryOnMount: false,
    // Invalid data stays invalid and a timeout would take as long again; a dropped connection or a 5xx may pass.
    retry: (failures, error) => isTransient(error) && failures < AUTOMATIC_RETRIES,
    retryDelay,
  });
}
