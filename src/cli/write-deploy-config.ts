/**
 * Writes the static-hosting configuration for the built app from its config.json: the same
 * security and cache headers the preview server sends (src/cli/serving/security-headers.ts).
 *
 * - <dist>/_headers — Netlify and Cloudflare Pages read it from the published folder;
 * - <out>/nginx.conf — an nginx `server` block (see docs/deploy.md);
 * - <out>/apache.htaccess — the app folder's `.htaccess` for Apache 2.4.
 *
 * Usage: npx tsx src/cli/write-deploy-config.ts [--dist dist] [--out deploy] [--config FILE]
 *        [--root /var/www/city-relations-map] [--listen 80] [--base /]
 * Run it again after editing config.json: frame-ancestors and the allowed origins come from it.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { apacheHtaccess } from './serving/apache-config.ts';
import { headerRules } from './serving/deploy-rules.ts';
import { netlifyHeaders } from './serving/netlify-headers.ts';
import { NGINX_DEFAULTS, nginxServerBlock } from './serving/nginx-config.ts';
import { readAppConfig } from './serving/read-config.ts';

function main(): void {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      out: { type: 'string', default: 'deploy' },
      config: { type: 'string' },
      root: { type: 'string', default: NGINX_DEFAULTS.root },
      listen: { type: 'string', default: NGINX_DEFAULTS.listen },
      base: { type: 'string', default: NGINX_DEFAULTS.base },
    },
  });
  const configPath = values.config ?? join(values.dist, 'config.json');
  const rules = headerRules(readAppConfig(configPath));
  if (!/^\/([^\s;{}"']+\/)?$/.test(values.base))
    throw new Error(`--base must look like / or /karten/staedte/`);

  mkdirSync(values.out, { recursive: true });
  const nginxPath = join(values.out, 'nginx.conf');
  writeFileSync(
    nginxPath,
    nginxServerBlock(rules, { root: values.root, listen: values.listen, base: values.base }),
  );
  const apachePath = join(values.out, 'apache.htaccess');
  writeFileSync(apachePath, apacheHtaccess(rules, { base: values.base }));
  const written = [nginxPath, apachePath];
  if (existsSync(values.dist)) {
    const entries = readdirSync(values.dist, { withFileTypes: true })
      .map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }))
      .filter((entry) => !/\.(gz|br)$/.test(entry.name))
      .sort((a, b) => a.name.localeCompare(b.name));
    const headersPath = join(values.dist, '_headers');
    writeFileSync(headersPath, netlifyHeaders(rules, entries));
    written.push(headersPath);
  }
  console.log(`deploy-config: headers from ${configPath} → ${written.join(', ')}`);
}

try {
  main();
} catch (error) {
  console.error(`deploy-config: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
