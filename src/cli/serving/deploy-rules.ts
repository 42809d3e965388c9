import type { AppConfig } from '../../config/app-config.ts';
import { HASHED_ASSETS_DIR, IMMUTABLE, REVALIDATE } from './cache-control.ts';
import { EMBED_EXAMPLE_PAGE, securityHeaders } from './security-headers.ts';

/** One path pattern of a deployment and every header its responses carry. */
export interface HeaderRule {
  /** Relative to the app's folder: `assets/` (a folder, with everything in it), `embed-example.html`, or `` (all else). */
  path: string;
  headers: Record<string, string>;
}

/**
 * The header rules a static host needs, most specific first and without overlap, so hosts
 * that merge the headers of all matching rules (Netlify, Cloudflare Pages) never send two
 * Cache-Control or two policies. Same headers as the preview server, from the same functions.
 */
export function headerRules(config: AppConfig): HeaderRule[] {
  return [
    {
      path: HASHED_ASSETS_DIR,
      headers: { 'Cache-Control': IMMUTABLE, ...securityHeaders(config, `${HASHED_ASSETS_DIR}x.js`) },
    },
    {
      path: EMBED_EXAMPLE_PAGE,
      headers: { 'Cache-Control': REVALIDATE, ...securityHeaders(config, EMBED_EXAMPLE_PAGE) },
    },
    { path: '', headers: { 'Cache-Control': REVALIDATE, ...securityHeaders(config) } },
  ];
}
