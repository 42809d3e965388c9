import type { AppConfig } from '../../config/app-config';
import { safeHttpOrigin } from '../../config/http-origin.ts';

/** A CSP directive name and its sources, in the order they are written. */
type Directives = Record<string, readonly string[]>;

/**
 * The page's policy before config.json adds anything. Each source beyond 'self' and 'none' was
 * checked in Chromium by removing it (every e2e test fails on a `securitypolicyviolation`);
 * docs/deploy.md lists the reasons:
 * - img-src data: — the favicon (`data:,`) and MapLibre's control icons (data: SVGs in its CSS);
 * - img-src blob: — MapLibre decodes raster tiles and sprites through blob: URLs where
 *   createImageBitmap is missing; unused in Chromium, kept for such browsers (images run nothing);
 * - worker-src has no blob:: MapLibre's worker is a file of the build (setWorkerUrl);
 * - style-src has no 'unsafe-inline': React and MapLibre set styles through the CSSOM
 *   (element.style), which CSP does not govern, and no markup carries a `style` attribute.
 */
const BASE_POLICY: Directives = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

/** The example host page (public/embed-example.html) embeds the map from any origin (`?app=`). */
export const EMBED_EXAMPLE_PAGE = 'embed-example.html';
const EMBED_EXAMPLE_EXTRA: Directives = { 'frame-src': ["'self'", 'https:', 'http:'] };

/**
 * Browser features the app never uses, denied to it and to anything it could embed. Only
 * features Chromium knows: unknown names make it log an error on every page load.
 */
const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

/**
 * Origins config.json makes the page fetch from: a remote basemap style (fetched with fetch,
 * as are its tiles, glyphs and sprites when they share its origin) and absolute dataset URLs.
 * They go into connect-src only; nothing there may run script, style the page or be framed.
 */
export function configuredConnectOrigins(config: AppConfig): string[] {
  const urls = [...config.datasets, ...(config.basemapStyleUrl ? [config.basemapStyleUrl] : [])];
  // A relative path is covered by 'self'; the schema refuses hosts a policy cannot carry, and
  // safeHttpOrigin drops them again should a config reach here unchecked.
  const origins = urls.map(safeHttpOrigin).filter((origin) => origin !== undefined);
  return [...new Set(origins)].sort();
}

function withSources(directives: Directives, extra: Directives): Directives {
  const merged: Record<string, readonly string[]> = { ...directives };
  for (const [name, sources] of Object.entries(extra)) {
    merged[name] = [...new Set([...(merged[name] ?? []), ...sources])];
  }
  return merged;
}

function serialize(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The Content-Security-Policy for a page, by its path relative to the app's root. */
export function contentSecurityPolicy(config: AppConfig, relativePath = 'index.html'): string {
  let directives = withSources(BASE_POLICY, { 'connect-src': configuredConnectOrigins(config) });
  if (relativePath === EMBED_EXAMPLE_PAGE) directives = withSources(directives, EMBED_EXAMPLE_EXTRA);
  return serialize({ ...directives, 'frame-ancestors': config.frameAncestors });
}

/**
 * Every security header of a response, for the preview server and the generated deployment
 * files alike. The policy goes on every response, not only HTML: a worker script runs under
 * the policy of its own response.
 */
export function securityHeaders(config: AppConfig, relativePath = 'index.html'): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(config, relativePath),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
  };
}
