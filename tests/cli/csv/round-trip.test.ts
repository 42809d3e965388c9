// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../src/cli/csv/export-csv';
import { importCsv } from '../../../src/cli/csv/import-csv';
import { parseDatasetText } from '../../../src/data/parse-dataset-text';
import { normalizedDatasetText } from './normalize';

const shipped = readdirSync('public/data')
  .filter((name) => name.endsWith('.geojson'))
  .map((name) => `public/data/${name}`);

describe('export → import round trip', () => {
  it('covers at least the Leipzig dataset', () => {
    expect(shipped).toContain('public/data/leipzig.geojson');
  });

  it.each(shipped)('gives back %s byte for byte after normalisation', (file) => {
    const original = readFileSync(file, 'utf8');
    const parsed = parseDatasetText(original);
    if (!parsed.ok) throw new Error(`${file} is not valid`);
    for (const delimiter of [',', ';'] as const) {
      const imported = importCsv(exportCsv(parsed.dataset, delimiter), './schema.json');
      if (!imported.ok) throw new Error(imported.errors.join('\n'));
      expect(normalizedDatasetText(imported.json)).toBe(normalizedDatasetText(original));
    }
  });
});
