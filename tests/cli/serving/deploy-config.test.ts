import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appConfigSchema } from '../../../src/config/app-config';
import { apacheHtaccess } from '../../../src/cli/serving/apache-config';
import { headerRules } from '../../../src/cli/serving/deploy-rules';
import { netlifyHeaders } from '../../../src/cli/serving/netlify-headers';
import { NGINX_DEFAULTS, nginxServerBlock } from '../../../src/cli/serving/nginx-config';
import { readAppConfig } from '../../../src/cli/serving/read-config';
import { securityHeaders } from '../../../src/cli/serving/security-headers';

const config = appConfigSchema.parse({ frameAncestors: ['https://www.leipzig.de'] });
const rules = headerRules(config);

/** `_headers` as pattern → header lines. */
function parseHeadersFile(text: string): Map<string, Record<string, string>> {
  const result = new Map<string, Record<string, string>>();
  let current: Record<string, string> = {};
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) {
      current = {};
      result.set(line, current);
      continue;
    }
    const [name = '', ...value] = line.trim().split(': ');
    current[name] = value.join(': ');
  }
  return result;
}

describe('deployment files', () => {
  it('_headers gives every path exactly one rule: hashed assets immutable, the rest revalidated', () => {
    const entries = [
      { name: 'assets', isDirectory: true },
      { name: 'data', isDirectory: true },
      { name: 'config.json', isDirectory: false },
      { name: 'embed-example.html', isDirectory: false },
      { name: 'index.html', isDirectory: false },
      { name: '_headers', isDirectory: false },
    ];
    const parsed = parseHeadersFile(netlifyHeaders(rules, entries));
    expect([...parsed.keys()]).toEqual([
      '/assets/*',
      '/embed-example.html',
      '/',
      '/data/*',
      '/config.json',
      '/index.html',
    ]);
    expect(parsed.get('/assets/*')?.['Cache-Control']).toContain('immutable');
    for (const pattern of ['/', '/data/*', '/config.json', '/index.html']) {
      expect(parsed.get(pattern), pattern).toEqual({
        'Cache-Control': 'no-cache',
        ...securityHeaders(config),
      });
    }
    expect(parsed.get('/embed-example.html')?.['Content-Security-Policy']).toContain('frame-src');
    expect(parsed.get('/')?.['Content-Security-Policy']).toContain('frame-ancestors https://www.leipzig.de');
  });

  it('nginx repeats the full header set in every location and serves the pre-compressed files', () => {
    const text = nginxServerBlock(rules, {
      root: '/srv/map',
      listen: '127.0.0.1:8080',
      base: '/karten/staedte/',
    });
    expect(text).toMatch(/gzip_static on;/);
    expect(text).toMatch(/brotli_static on;/);
    expect(text).toContain('application/geo+json geojson;');
    const locations = text.split('location ').slice(1);
    expect(locations.map((block) => block.split(' {')[0])).toEqual([
      '= /karten/staedte/_headers',
      '/karten/staedte/assets/',
      '= /karten/staedte/embed-example.html',
      '/karten/staedte/',
    ]);
    for (const block of locations.slice(1)) {
      for (const name of ['Cache-Control', ...Object.keys(securityHeaders(config))]) {
        expect(block, name).toContain(`add_header ${name} "`);
      }
    }
  });

  it('docs/deploy/nginx.conf is what the shipped config.json generates', () => {
    const expected = nginxServerBlock(headerRules(readAppConfig('public/config.json')), NGINX_DEFAULTS);
    expect(
      readFileSync('docs/deploy/nginx.conf', 'utf8'),
      'regenerate: npx tsx src/cli/write-deploy-config.ts --config public/config.json --out docs/deploy --dist no-dist',
    ).toBe(expected);
  });

  it('.htaccess gives each rule one branch of an If/ElseIf/Else chain with the full header set', () => {
    const text = apacheHtaccess(rules, { base: '/karten/staedte/' });
    const branches = text.split(/^<(?:If|ElseIf|Else)\b/m).slice(1);
    expect(text.match(/^<(If|ElseIf|Else)\b[^>]*>/gm)).toEqual([
      '<If "%{REQUEST_URI} =~ m#^/karten/staedte/assets/#">',
      '<ElseIf "%{REQUEST_URI} =~ m#^/karten/staedte/embed-example\\.html(\\.br|\\.gz)?$#">',
      '<Else>',
    ]);
    for (const [index, rule] of rules.entries()) {
      for (const [name, value] of Object.entries(rule.headers)) {
        expect(branches[index], name).toContain(`Header always set ${name} "${value}"`);
      }
    }
    expect(text).toContain('AddEncoding br .br');
    expect(text).toContain('RemoveType .br .gz');
  });

  it('.htaccess refuses a header value it cannot quote', () => {
    const [first, ...rest] = rules;
    if (!first) throw new Error('no rules');
    const quoted = { ...first, headers: { ...first.headers, 'X-Test': 'say "hi"' } };
    expect(() => apacheHtaccess([quoted, ...rest], { base: '/' })).toThrow(/double quote/);
  });

  it('docs/deploy/apache.htaccess is what the shipped config.json generates', () => {
    const expected = apacheHtaccess(headerRules(readAppConfig('public/config.json')), { base: '/' });
    expect(
      readFileSync('docs/deploy/apache.htaccess', 'utf8'),
      'regenerate: npx tsx src/cli/write-deploy-config.ts --config public/config.json --out docs/deploy --dist no-dist',
    ).toBe(expected);
  });
});
