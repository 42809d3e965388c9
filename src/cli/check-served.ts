/**
 * Checks a server that serves the built app (nginx, a CDN, `vite preview`): every text file
 * in each pre-compressed variant and as it is, with its type, cache and security headers,
 * the same as the preview server sends. Exit code 1 lists what is wrong.
 *
 * Usage: npx tsx src/cli/check-served.ts http://127.0.0.1:8080/ [--dist dist]
 */
import { existsSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chooseEncoding, ENCODING_SUFFIX, ENCODINGS, type Encoding } from './serving/accept-encoding.ts';
import { isCompressible } from './serving/content-types.ts';
import { responseProblems, type RawResponse } from './serving/check-response.ts';
import { listFiles } from './serving/precompress.ts';
import { readAppConfig } from './serving/read-config.ts';

function fetchRaw(url: string, acceptEncoding: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'Accept-Encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const headers: Record<string, string | undefined> = {};
        for (const [name, value] of Object.entries(response.headers)) {
          headers[name] = Array.isArray(value) ? value.join(', ') : value;
        }
        resolve({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
      });
    }).on('error', reject);
  });
}

/** What a browser asks for; each file must come in the best variant the build wrote for it. */
const ASKED: readonly string[] = ['br, gzip', 'gzip', 'identity'];

function builtVariants(dist: string, relativePath: string): Set<Encoding> {
  if (!isCompressible(relativePath)) return new Set();
  // A variant the build did not write (too small to pay off) is not there to send.
  return new Set(
    ENCODINGS.filter((encoding) => existsSync(join(dist, relativePath + ENCODING_SUFFIX[encoding]))),
  );
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { dist: { type: 'string', default: 'dist' } },
  });
  const base = positionals[0];
  if (!base) throw new Error('usage: check-served URL [--dist dist]');
  const config = readAppConfig(join(values.dist, 'config.json'));
  const files = listFiles(values.dist).filter(
    (path) => !/\.(gz|br)$/.test(path) && path !== '_headers' && path !== '.htaccess',
  );
  const problems: string[] = [];
  let checked = 0;
  for (const relativePath of files) {
    const variants = builtVariants(values.dist, relativePath);
    for (const acceptEncoding of ASKED) {
      const encoding = chooseEncoding(acceptEncoding, variants);
      const body = readFileSync(
        join(values.dist, relativePath + (encoding ? ENCODING_SUFFIX[encoding] : '')),
      );
      const url = new URL(relativePath === 'index.html' ? '' : relativePath, base).href;
      const response = await fetchRaw(url, acceptEncoding);
      problems.push(
        ...responseProblems(response, { relativePath, encoding, body, varies: variants.size > 0 }, config),
      );
      checked += 1;
    }
  }
  for (const problem of problems) console.error(problem);
  console.log(`check-served: ${checked} responses from ${base} checked, ${problems.length} problem(s)`);
  return problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`check-served: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
