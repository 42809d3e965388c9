import type { AppConfig } from '../../config/app-config.ts';
import type { Encoding } from './accept-encoding.ts';
import { cacheControlFor } from './cache-control.ts';
import { contentTypeFor } from './content-types.ts';
import { securityHeaders } from './security-headers.ts';

/** One answer of a server, raw (not decoded). */
export interface RawResponse {
  status: number;
  headers: Record<string, string | undefined>;
  body: Buffer;
}

/** What a file must be served as: its path, the variant asked for, the bytes of that variant. */
export interface Expected {
  relativePath: string;
  encoding: Encoding | undefined;
  body: Buffer;
  /** Whether the build wrote a compressed variant, so the answer depends on Accept-Encoding. */
  varies: boolean;
}

/** JavaScript has two registered names; nginx's stock mime.types uses the older one. */
function essence(type: string | undefined): string {
  const base = (type ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return base === 'application/javascript' ? 'text/javascript' : base;
}

/** Everything wrong with one response of a deployed app; empty when it is served right. */
export function responseProblems(response: RawResponse, expected: Expected, config: AppConfig): string[] {
  const { relativePath, encoding } = expected;
  const problems: string[] = [];
  const check = (ok: boolean, message: string) => {
    if (!ok) problems.push(`${relativePath} (${encoding ?? 'identity'}): ${message}`);
  };
  const headers = response.headers;
  check(response.status === 200, `status ${response.status}`);
  check(
    headers['content-encoding'] === encoding,
    `Content-Encoding ${headers['content-encoding'] ?? 'none'}`,
  );
  check(
    response.body.equals(expected.body),
    `body differs from the built file (${response.body.length} bytes)`,
  );
  check(
    essence(headers['content-type']) === essence(contentTypeFor(relativePath)),
    `Content-Type ${headers['content-type'] ?? 'none'}`,
  );
  if (expected.varies) {
    check(/accept-encoding/i.test(headers.vary ?? ''), `Vary ${headers.vary ?? 'none'}`);
  }
  check(
    headers['cache-control'] === cacheControlFor(relativePath),
    `Cache-Control ${headers['cache-control'] ?? 'none'}`,
  );
  for (const [name, value] of Object.entries(securityHeaders(config, relativePath))) {
    check(headers[name.toLowerCase()] === value, `${name} ${headers[name.toLowerCase()] ?? 'missing'}`);
  }
  return problems;
}
