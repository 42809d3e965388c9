import { queryOptions } from '@tanstack/react-query';
import { decodeDataFile } from '../data/decode-data-file';
import { DataLoadError, fetchDataFile, isTransient } from '../data/fetch-data-file';
import { parseJson } from '../data/parse-json';
import { formatPath, type DataProblem } from '../data/problem';
import { appConfigSchema, DEFAULT_CONFIG, type AppConfig } from './app-config';

export const CONFIG_URL = 'config.json';

/** config.json is tiny; past this the app starts on its defaults rather than keep readers waiting. */
export const CONFIG_TIMEOUT_MS = 8000;

export class ConfigInvalidError extends Error {
  constructor(readonly problems: readonly DataProblem[]) {
    super(`${CONFIG_URL}: ${problems.length} problem(s)`);
    this.name = 'ConfigInvalidError';
  }
}

/** Parses config.json's text; a syntax or schema error becomes a list of problems naming the field. */
export function parseConfigText(text: string): AppConfig {
  const json = parseJson(text, CONFIG_URL);
  if (!json.ok) throw new ConfigInvalidError([json.problem]);
  const parsed = appConfigSchema.safeParse(json.value);
  if (!parsed.success) {
    throw new ConfigInvalidError(
      parsed.error.issues.map((issue) => ({
        record: CONFIG_URL,
        path: formatPath(issue.path),
        message: issue.message,
      })),
    );
  }
  return parsed.data;
}

export const configQueryOptions = queryOptions({
  queryKey: ['config'],
  queryFn: async ({ signal }) => {
    let bytes: Uint8Array;
    try {
      bytes = await fetchDataFile(CONFIG_URL, { signal, timeoutMs: CONFIG_TIMEOUT_MS });
    } catch (error) {
      // A deployment without config.json runs on the defaults, silently; every other failure is reported.
      if (error instanceof DataLoadError && error.failure === 'http' && error.detail === 404)
        return DEFAULT_CONFIG;
      throw error;
    }
    const decoded = decodeDataFile(bytes);
    if (!decoded.ok) throw new ConfigInvalidError([{ ...decoded.problem, record: CONFIG_URL }]);
    return parseConfigText(decoded.text.replace(/^\uFEFF/, ''));
  },
  staleTime: Infinity,
  // Failed before the page mounted (main.tsx waits for the data under a prerendered view): the
  // page runs on its defaults with the notice at once, instead of asking and waiting again.
  retryOnMount: false,
  // The app has working defaults, so one quick retry for a dropped connection is enough.
  retry: (failures, error) => isTransient(error) && failures < 1,
  retryDelay: 1000,
});
