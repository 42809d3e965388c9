import { queryOptions } from '@tanstack/react-query';
import { parseJson } from '../data/parse-json';
import { formatPath, type DataProblem } from '../data/problem';
import { appConfigSchema, DEFAULT_CONFIG, type AppConfig } from './app-config';

const CONFIG_URL = 'config.json';

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
    const response = await fetch(CONFIG_URL, { signal });
    // A deployment without config.json runs on the defaults; a broken one says what is wrong.
    if (response.status === 404) return DEFAULT_CONFIG;
    if (!response.ok) throw new Error(`${CONFIG_URL}: HTTP ${response.status}`);
    return parseConfigText(await response.text());
  },
  staleTime: Infinity,
  retry: (failures, error) => !(error instanceof ConfigInvalidError) && failures < 2,
});
