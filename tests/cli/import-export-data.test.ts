import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { normalizedDatasetText } from './csv/normalize';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'import-export-'));

async function cli(
  script: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [
      '--import',
      'tsx',
      `src/cli/${script}.ts`,
      ...args,
    ]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run export-data and import-data', { timeout: 60_000 }, () => {
  it('explain themselves with --help', async () => {
    for (const script of ['import-data', 'export-data']) {
      const help = await cli(script, '--help');
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`usage: npm run ${script} --`);
      expect(help.stdout).toContain('docs/data-guide.md');
    }
  });

  it('exit 2 with a usage line on wrong arguments', async () => {
    const result = await cli('import-data', 'somewhere');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage: npm run import-data');
  });

  it('turn the shipped dataset into CSV files and back into the same dataset', async () => {
    const sheets = join(dir, 'leipzig');
    const exported = await cli('export-data', 'public/data/leipzig.geojson', '-o', sheets);
    expect(exported.code).toBe(0);
    expect(readFileSync(join(sheets, 'places.csv'), 'utf8').startsWith('\uFEFFid;kind;home;')).toBe(true);
    const output = join(dir, 'leipzig.geojson');
    const imported = await cli('import-data', sheets, '-o', output);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/written and valid — 35 places/);
    expect(normalizedDatasetText(readFileSync(output, 'utf8'))).toBe(
      normalizedDatasetText(readFileSync('public/data/leipzig.geojson', 'utf8')),
    );
  });

  it('write nothing when anything is wrong, and leave an older output alone', async () => {
    const sheets = join(dir, 'broken');
    await cli('export-data', 'public/data/leipzig.geojson', '-o', sheets, '--delimiter', 'comma');
    const events = join(sheets, 'events.csv');
    writeFileSync(events, readFileSync(events, 'utf8').replace(',1961,', ',31.02.1961,'));
    const fresh = join(dir, 'never.geojson');
    const failed = await cli('import-data', sheets, '-o', fresh);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("events.csv row 2, column date: '31.02.1961' is not a date");
    expect(failed.stderr).toContain('1 error(s): nothing written');
    expect(failed.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(fresh)).toBe(false);
    const older = join(dir, 'older.geojson');
    writeFileSync(older, 'old');
    await cli('import-data', sheets, '-o', older);
    expect(readFileSync(older, 'utf8')).toBe('old');
  });

  it('report a missing input as one line, without a stack trace', async () => {
    const result = await cli('export-data', join(dir, 'nope.geojson'), '-o', join(dir, 'x'));
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('no such file');
  });
});
