import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/i18n';

type Tree = { [key: string]: string | Tree };

const LANGUAGES = Object.keys(resources) as (keyof typeof resources)[];
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
  );
}

const keysOf = (language: keyof typeof resources) => flatten(resources[language].translation);
/** The keys without their plural suffix: what the code asks for (`t('overview.total', { count })`). */
const baseKeys = (keys: readonly string[]) => [...new Set(keys.map((key) => key.replace(PLURAL_SUFFIX, '')))];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'messages' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const source = sourceFiles('src')
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');

/**
 * Keys built at run time, e.g. t(`relationType.${type}`): each template's prefix stands for
 * every key of that group. A new kind of dynamic key must be listed here, so it is checked.
 */
const DYNAMIC_PREFIXES = [
  'relationType.',
  'relationStatus.',
  'language.',
  'embed.',
  'date.',
  'contentFallback.',
  'share.',
  'summary.status.',
];

describe('message files', () => {
  it('have exactly the same keys in every language, apart from plural forms', () => {
    const german = baseKeys(keysOf('de')).sort();
    for (const language of LANGUAGES) expect(baseKeys(keysOf(language)).sort(), language).toEqual(german);
  });

  it('have every plural form each language needs, and no other', () => {
    const pluralBases = baseKeys(keysOf('de').filter((key) => PLURAL_SUFFIX.test(key)));
    expect(pluralBases.length).toBeGreaterThan(0);
    for (const language of LANGUAGES) {
      const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const keys = keysOf(language);
      for (const base of pluralBases) {
        const forms = keys.filter(
          (key) => key.replace(PLURAL_SUFFIX, '') === base && PLURAL_SUFFIX.test(key),
        );
        expect(forms.map((key) => key.slice(base.length + 1)).sort(), `${language}: ${base}`).toEqual(
          [...needed].sort(),
        );
      }
    }
  });

  it('uses only dynamic keys it knows about', () => {
    const templates = [...source.matchAll(/\bt\(\s*`([^`$]*)\$\{/g)].map((match) => match[1] ?? '');
    expect(templates.length).toBeGreaterThan(0);
    for (const prefix of templates) expect(DYNAMIC_PREFIXES, `t(\`${prefix}\${…}\`)`).toContain(prefix);
  });

  it('has no key the code never uses', () => {
    const literals = new Set(
      [...source.matchAll(/['"`]([a-zA-Z]+(?:\.[a-zA-Z-]+)+)['"`]/g)].map((m) => m[1]),
    );
    const unused = baseKeys(keysOf('de')).filter(
      (key) => !literals.has(key) && !DYNAMIC_PREFIXES.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });

  it('has a message for every key the code asks for', () => {
    const known = new Set(baseKeys(keysOf('de')));
    const groups = new Set([...known].map((key) => key.split('.')[0]));
    const asked = [...source.matchAll(/\bt\(\s*['"]([a-zA-Z]+(?:\.[a-zA-Z-]+)+)['"]/g)].map(
      (m) => m[1] ?? '',
    );
    expect(asked.length).toBeGreaterThan(0);
    const missing = asked.filter((key) => groups.has(key.split('.')[0]) && !known.has(key));
    expect(missing).toEqual([]);
  });
});
