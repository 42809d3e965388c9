import { existsSync, readFileSync } from 'node:fs';
import { appConfigSchema, DEFAULT_CONFIG, type AppConfig } from '../../config/app-config.ts';

/**
 * The deployment's config.json as the server sees it. Missing: the defaults, as in the page.
 * Invalid: an error, since headers generated from a half-read file could lock the map out of
 * its data or its embedding sites.
 */
export function readAppConfig(path: string): AppConfig {
  if (!existsSync(path)) return DEFAULT_CONFIG;
  const parsed = appConfigSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${path} is invalid: ${problems.join('; ')}`);
  }
  return parsed.data;
}
