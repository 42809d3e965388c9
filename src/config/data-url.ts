import { DEFAULT_DATASET_URL, type AppConfig } from './app-config';

export type DataUrlChoice = { ok: true; url: string } | { ok: false; requested: string };

/**
 * Which dataset to load. `?data=` may name a same-origin path or a URL listed in config.json,
 * never anything else: a link must not be able to show foreign "facts" under a city's domain.
 * Decided before any request is made.
 */
export function chooseDataUrl(
  requested: string | undefined,
  config: AppConfig,
  pageUrl: string,
): DataUrlChoice {
  const fallback = config.datasets[0] ?? DEFAULT_DATASET_URL;
  if (requested === undefined || requested === '') return { ok: true, url: fallback };
  let resolved: URL;
  try {
    resolved = new URL(requested, pageUrl);
  } catch {
    return { ok: false, requested };
  }
  const page = new URL(pageUrl);
  const listed = config.datasets.some((entry) => new URL(entry, pageUrl).href === resolved.href);
  const sameOrigin =
    resolved.origin === page.origin && (resolved.protocol === 'http:' || resolved.protocol === 'https:');
  return listed || sameOrigin ? { ok: true, url: resolved.href } : { ok: false, requested };
}
