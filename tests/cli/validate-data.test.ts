import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../support/fixtures';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'validate-data-'));

async function validate(...files: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [
      '--import',
      'tsx',
      'src/cli/validate-data.ts',
      ...files,
    ]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function write(name: string, content: string | Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('npm run validate-data', { timeout: 30_000 }, () => {
  it('exits 0 with a one-line summary for the shipped dataset', async () => {
    const result = await validate('public/data/leipzig.geojson');
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toMatch(
      /^public\/data\/leipzig\.geojson: valid — \d+ places, \d+ relations, \d+ events/,
    );
  });

  it('exits 1 with one line per problem, naming record and field', async () => {
    const data = fixtureDataset();
    const kyiv = data.features[1]!;
    if (kyiv.geometry?.type === 'Point') kyiv.geometry.coordinates = [200, 95];
    const file = write('bad.geojson', JSON.stringify(data));
    const result = await validate(file);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toBe(`${file}: 2 problem(s)`);
    expect(lines.slice(1)).toEqual([
      expect.stringContaining('place "kyiv" › geometry.coordinates[0]:'),
      expect.stringContaining('place "kyiv" › geometry.coordinates[1]:'),
    ]);
  });

  it('reports JSON syntax errors and missing files', async () => {
    const broken = await validate(write('broken.geojson', '{"type": '));
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('not valid JSON');
    const missing = await validate(join(dir, 'nope.geojson'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read file');
  });

  /** A stack trace line, as Node prints it ("    at fn (file:1:2)"). */
  const STACK = /^\s+at .+[(:]/m;

  it.each([
    ['an empty file', ''],
    ['a JSON null', 'null'],
    ['a JSON string', '"FeatureCollection"'],
    ['deep nesting', `${'['.repeat(200_000)}${']'.repeat(200_000)}`],
    ['a lone surrogate', JSON.stringify(fixtureDataset()).replace('Kiew', 'Ki\\ud800ew')],
    [
      'a "__proto__" source',
      JSON.stringify(fixtureDataset()).replace('"sources":{', '"sources":{"__proto__":{},'),
    ],
    [
      '"constructor" as a source',
      JSON.stringify(fixtureDataset()).replace('"sources":["a"]', '"sources":["constructor"]'),
    ],
  ])('never exits 0 and never prints a stack trace for %s', async (name, content) => {
    const result = await validate(write(`${name.replace(/\W+/g, '-')}.geojson`, content));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/problem\(s\)\n/);
    expect(result.stderr).not.toMatch(STACK);
  });

  it('accepts a byte order mark, refuses other encodings, directories and huge files', async () => {
    const bom = await validate(write('bom.geojson', `\uFEFF${JSON.stringify(fixtureDataset())}`));
    expect(bom.code).toBe(0);

    const latin1 = JSON.stringify(fixtureDataset()).replace('Kiew', 'K\u00E9w');
    const notUtf8 = await validate(
      write(
        'latin1.geojson',
        Uint8Array.from(latin1, (c) => c.charCodeAt(0) & 0xff),
      ),
    );
    expect(notUtf8.code).toBe(1);
    expect(notUtf8.stderr).toContain('is not UTF-8 text (first bad byte on line 1)');

    const folder = join(dir, 'folder.geojson');
    mkdirSync(folder);
    const huge = write('huge.geojson', '');
    // A sparse 50 MB file: refused by its size, never read.
    truncateSync(huge, 50 * 1024 * 1024);
    const both = await validate(folder, huge);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain(`${folder}: cannot read file:`);
    expect(both.stderr).toContain(`${huge}: cannot read file: too large: 50.0 MB (the limit is 25.0 MB)`);
    for (const result of [notUtf8, both]) expect(result.stderr).not.toMatch(STACK);
  });
});
