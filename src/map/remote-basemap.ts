import { queryOptions } from '@tanstack/react-query';
import type { StyleSpecification } from 'maplibre-gl';
import { z } from 'zod';

/** How long a remote style may take before the bundled basemap is used instead. */
const REMOTE_STYLE_TIMEOUT_MS = 4000;

const styleEnvelope = z.object({
  version: z.literal(8),
  sources: z.record(z.string(), z.object({ type: z.string() }).loose()),
  layers: z.array(z.object({ id: z.string(), type: z.string() }).loose()),
});

/** MapLibre checks the rest of a style itself; we only refuse what is plainly not one. */
const remoteStyleSchema = z.custom<StyleSpecification>(
  (value) => styleEnvelope.safeParse(value).success,
  'not a MapLibre style',
);

/** Fetches and checks a remote MapLibre style; rejects on network error, bad status, bad JSON, bad shape or timeout. */
export async function loadRemoteStyle(
  url: string,
  fetcher: typeof fetch = fetch,
): Promise<StyleSpecification> {
  const response = await fetcher(url, { signal: AbortSignal.timeout(REMOTE_STYLE_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const json: unknown = await response.json();
  return remoteStyleSchema.parse(json);
}

export function remoteStyleQueryOptions(url: string | undefined) {
  return queryOptions({
    queryKey: ['remote-style', url],
    queryFn: () => (url === undefined ? Promise.resolve(null) : loadRemoteStyle(url)),
    staleTime: Infinity,
    retry: false,
  });
}
