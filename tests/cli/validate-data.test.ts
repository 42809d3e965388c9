import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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

function write(name: string, content: string): string {
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
});
