import { describe, expect, it } from 'vitest';
import { appConfigSchema } from '../../../src/config/app-config';
import { cacheControlFor } from '../../../src/cli/serving/cache-control';
import { responseProblems, type RawResponse } from '../../../src/cli/serving/check-response';
import { securityHeaders } from '../../../src/cli/serving/security-headers';

const config = appConfigSchema.parse({});
const body = Buffer.from('tile');

function servedRight(path: string, extra: Record<string, string> = {}): RawResponse {
  const headers: Record<string, string> = {
    'content-type': 'application/x-protobuf',
    'cache-control': cacheControlFor(path),
    ...extra,
  };
  for (const [name, value] of Object.entries(securityHeaders(config, path)))
    headers[name.toLowerCase()] = value;
  return { status: 200, headers, body };
}

describe('responseProblems', () => {
  const path = 'basemap/tiles/4/8/5.pbf';

  it('asks for Vary only where the build wrote a compressed variant', () => {
    const expected = { relativePath: path, encoding: undefined, body };
    expect(responseProblems(servedRight(path), { ...expected, varies: false }, config)).toEqual([]);
    expect(responseProblems(servedRight(path), { ...expected, varies: true }, config)).toEqual([
      `${path} (identity): Vary none`,
    ]);
    const withVary = servedRight(path, { vary: 'Accept-Encoding' });
    expect(responseProblems(withVary, { ...expected, varies: true }, config)).toEqual([]);
  });

  it('names a wrong encoding, body and missing security header', () => {
    const response = servedRight(path, { 'content-encoding': 'gzip' });
    delete response.headers['x-content-type-options'];
    const problems = responseProblems(
      { ...response, body: Buffer.from('other') },
      { relativePath: path, encoding: undefined, body, varies: false },
      config,
    );
    expect(problems).toEqual([
      `${path} (identity): Content-Encoding gzip`,
      `${path} (identity): body differs from the built file (5 bytes)`,
      `${path} (identity): X-Content-Type-Options missing`,
    ]);
  });
});
