import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigInvalidError, parseConfigText } from '../../../src/config/config-query';
import { headerRules } from '../../../src/cli/serving/deploy-rules';
import { PROPERTY_TIMEOUT_MS, propertyRuns } from '../../support/property';

/** Characters that end a CSP source or directive, a header line, or a quoted nginx value. */
const BREAKERS = [';', ',', ' ', '"', "'", '\\', '\n', '\r', '\t', '{', '}', '$', '*', '#', '%', '\u0000'];

/** Host names a hand-edited config.json might hold: plain, with a port, or with breakers inside. */
const host = fc.oneof(
  fc.constantFrom(
    'tiles.example.org',
    'data.leipzig.de',
    'localhost:8080',
    '127.0.0.1',
    '[::1]',
    'xn--mnchen-3ya.de',
  ),
  fc
    .array(fc.oneof(fc.constantFrom(...BREAKERS), fc.constantFrom('a', 'b', '.', '-', '0', 'ü')), {
      minLength: 1,
      maxLength: 12,
    })
    .map((parts) => parts.join('')),
  fc.domain(),
);

const url = fc.oneof(
  fc
    .tuple(fc.constantFrom('https://', 'http://', 'HTTPS://', 'ftp://', 'javascript:'), host, fc.string())
    .map(([scheme, name, rest]) => `${scheme}${name}/${rest}`),
  fc.constantFrom('data/leipzig.geojson', 'data/a;b.geojson', '/data/x.geojson'),
  fc.string(),
);

const frameAncestor = fc.oneof(
  fc.constantFrom('*', "'self'", "'none'", 'https:', 'https://*.leipzig.de', 'https://www.leipzig.de'),
  host.map((name) => `https://${name}`),
  fc.string(),
);

/** config.json as a city web team might write it, valid or subtly off in the fields the headers use. */
const configText = fc
  .record(
    {
      datasets: fc.array(url, { minLength: 1, maxLength: 3 }),
      basemapStyleUrl: url,
      frameAncestors: fc.array(frameAncestor, { minLength: 1, maxLength: 3 }),
      defaultLanguage: fc.constantFrom('de', 'en', 'xx'),
    },
    { requiredKeys: [] },
  )
  .map((config) => JSON.stringify(config));

const DIRECTIVE = /^[a-z-]+$/;
/** A CSP source expression of the kinds the policy may hold (CSP3 grammar, as far as we use it). */
const SOURCE =
  /^('self'|'none'|\*|https?:|data:|blob:|https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?|https?:\/\/\[[0-9a-f:.]+\](:\d{1,5})?)$/i;

describe('security headers from any config.json (property-based)', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('either refuse the file with problems, or hold only well-formed directives and sources', () => {
    fc.assert(
      fc.property(configText, (text) => {
        let config;
        try {
          config = parseConfigText(text);
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigInvalidError);
          return;
        }
        for (const rule of headerRules(config))
          for (const [name, value] of Object.entries(rule.headers)) {
            // Nothing that ends a header line, or the quoted value in the generated nginx.conf.
            expect(value, name).not.toMatch(/[\p{Cc}"\\]/u);
            if (name !== 'Content-Security-Policy') continue;
            const names: string[] = [];
            for (const directive of value.split('; ')) {
              const [directiveName = '', ...sources] = directive.split(' ');
              expect(directiveName, value).toMatch(DIRECTIVE);
              for (const source of sources) expect(source, value).toMatch(SOURCE);
              names.push(directiveName);
            }
            expect(new Set(names).size, value).toBe(names.length);
          }
      }),
      propertyRuns(500),
    );
  });
});
