import { describe, expect, it } from 'vitest';
import { appConfigSchema, DEFAULT_CONFIG } from '../../../src/config/app-config';
import { configuredConnectOrigins, securityHeaders } from '../../../src/cli/serving/security-headers';

/** The policy as directive → sources. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

const csp = (config: unknown, path?: string) =>
  directives(securityHeaders(appConfigSchema.parse(config), path)['Content-Security-Policy'] ?? '');

describe('securityHeaders', () => {
  it('sends the strict policy for the shipped defaults: own origin only, embeddable anywhere', () => {
    expect(csp({})).toEqual({
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
      'frame-ancestors': ['*'],
    });
    const headers = securityHeaders(DEFAULT_CONFIG);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['Permissions-Policy']).toMatch(/^([a-z-]+=\(\)(, |$))+$/);
    expect(headers['Permissions-Policy']).toContain('geolocation=()');
    // The share dialog copies to the clipboard: never denied.
    expect(headers['Permissions-Policy']).not.toContain('clipboard');
  });

  it('adds the origins config.json names to connect-src and nowhere else', () => {
    const config = {
      basemapStyleUrl: 'https://tiles.example.org/styles/liberty.json',
      datasets: [
        'data/leipzig.geojson',
        'https://data.leipzig.de/relations.geojson',
        'https://tiles.example.org/x.geojson',
      ],
    };
    expect(configuredConnectOrigins(appConfigSchema.parse(config))).toEqual([
      'https://data.leipzig.de',
      'https://tiles.example.org',
    ]);
    const policy = csp(config);
    expect(policy['connect-src']).toEqual(["'self'", 'https://data.leipzig.de', 'https://tiles.example.org']);
    const others = Object.entries(policy).filter(([name]) => name !== 'connect-src');
    expect(others.flatMap(([, sources]) => sources).filter((source) => source.includes('example'))).toEqual(
      [],
    );
  });

  it('takes frame-ancestors from config.json', () => {
    expect(
      csp({ frameAncestors: ["'self'", 'https://www.leipzig.de', 'https://*.leipzig.de'] })[
        'frame-ancestors'
      ],
    ).toEqual(["'self'", 'https://www.leipzig.de', 'https://*.leipzig.de']);
    expect(csp({ frameAncestors: ["'none'"] })['frame-ancestors']).toEqual(["'none'"]);
  });

  it('refuses frame-ancestors values that could break out of the header', () => {
    for (const value of [
      'https://a.de; script-src *',
      'https://a.de\nX-Evil: 1',
      'javascript:',
      "'unsafe-inline'",
      '',
      'https://a.de/path',
    ])
      expect(appConfigSchema.safeParse({ frameAncestors: [value] }).success, value).toBe(false);
    expect(appConfigSchema.safeParse({ frameAncestors: ["'none'", 'https://a.de'] }).success).toBe(false);
    expect(appConfigSchema.safeParse({ frameAncestors: [] }).success).toBe(false);
  });

  it('refuses dataset and basemap URLs whose host would add to the policy or break nginx.conf', () => {
    // The URL parser accepts all of these hosts; in connect-src each would smuggle in a directive,
    // a second policy (a comma) or end the quoted add_header value.
    for (const value of [
      'https://evil.example;script-src/style.json',
      'https://a,b.example/x.geojson',
      'https://a"b.example/x.geojson',
      "https://a'b.example/x.geojson",
      'https://a{b}.example/x.geojson',
    ]) {
      expect(appConfigSchema.safeParse({ basemapStyleUrl: value }).success, value).toBe(false);
      expect(appConfigSchema.safeParse({ datasets: [value] }).success, value).toBe(false);
    }
    // Paths that leave the page's origin although they look relative.
    for (const value of ['//evil.example/x.geojson', '\\\\evil.example/x.geojson', '/\\evil.example/x'])
      expect(appConfigSchema.safeParse({ datasets: [value] }).success, value).toBe(false);
    // What a city really writes still passes.
    const config = appConfigSchema.parse({
      basemapStyleUrl: 'https://tiles.example.org:8443/style.json',
      datasets: ['data/leipzig.geojson', '/karten/data.geojson', 'https://xn--mnchen-3ya.de/x.geojson'],
    });
    expect(configuredConnectOrigins(config)).toEqual([
      'https://tiles.example.org:8443',
      'https://xn--mnchen-3ya.de',
    ]);
  });

  it('lets only the example host page frame the map', () => {
    expect(csp({}, 'embed-example.html')['frame-src']).toEqual(["'self'", 'https:', 'http:']);
    expect(csp({}, 'index.html')['frame-src']).toBeUndefined();
  });
});
