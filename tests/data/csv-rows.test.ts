import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, CSV_TABLE_NAMES } from '../../src/data/csv-columns';
import { datasetToCsvTables } from '../../src/data/csv-rows';
import { validateDataset } from '../../src/data/validate-dataset';
import { fixtureDataset } from '../support/fixtures';

function tables() {
  const result = validateDataset(fixtureDataset());
  if (!result.ok) throw new Error('fixture is invalid');
  return datasetToCsvTables(result.dataset);
}

describe('datasetToCsvTables', () => {
  it('writes every column of every table, header first', () => {
    const all = tables();
    for (const name of CSV_TABLE_NAMES) {
      expect(all[name][0]).toEqual(CSV_COLUMNS[name].map((column) => column.name));
      for (const row of all[name]) expect(row).toHaveLength(CSV_COLUMNS[name].length);
    }
  });

  it('writes one row per place, relation, event and source', () => {
    const all = tables();
    expect(all.places.map((row) => row[0])).toEqual(['id', 'home', 'kyiv', 'moscow', 'mayors']);
    expect(all.relations).toHaveLength(4);
    expect(all.events).toHaveLength(6);
    expect(all.sources.map((row) => row[0])).toEqual(['id', 'a', 'b']);
  });

  it('marks home places, joins lists with | and leaves the default certainty empty', () => {
    const all = tables();
    const cell = (table: string[][], row: number, name: string) => table[row]![table[0]!.indexOf(name)];
    expect(cell(all.places, 1, 'home')).toBe('yes');
    expect(cell(all.places, 2, 'home')).toBe('');
    expect(cell(all.places, 2, 'lon')).toBe('30.52');
    expect(cell(all.places, 4, 'lat')).toBe('');
    expect(cell(all.events, 1, 'certainty')).toBe('');
    expect(cell(all.events, 1, 'status')).toBe('active');
  });
});
