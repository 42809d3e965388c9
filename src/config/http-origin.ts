/**
 * A host as a CSP host-source may carry it: DNS labels of letters, digits and hyphens (IDNs
 * arrive punycoded from the URL parser), or a bracketed IPv6 address. The URL parser lets
 * `;`, `,`, quotes and more through in host names; such a host in config.json would add a
 * directive to the generated policy or break the quoted value in nginx.conf.
 */
const CSP_SAFE_HOST = /^([a-z0-9-]+(\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/;

/** The origin of an absolute http(s) URL whose host is safe in a policy; undefined for anything else. */
export function safeHttpOrigin(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return CSP_SAFE_HOST.test(url.hostname) ? url.origin : undefined;
}

const PROBE_BASE = 'https://page.invalid/app/';

/** A relative reference that stays on the page's origin: not `//host/…` nor `\\host\…`, which leave it. */
export function isSameOriginPath(value: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return false;
  try {
    return new URL(value, PROBE_BASE).origin === new URL(PROBE_BASE).origin;
  } catch {
    return false;
  }
}
