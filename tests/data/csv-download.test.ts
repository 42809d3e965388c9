import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, CSV_TABLE_NAMES, csvFileName } from '../../src/data/csv-columns';
import { csvArchive, datasetToCsvFiles } from '../../src/data/csv-download';
import { parseDatasetText } from '../../src/data/parse-dataset-text';
import { fixtureDataset } from '../support/fixtures';

function dataset() {
  const result = parseDatasetText(JSON.stringify(fixtureDataset()));
  if (!result.ok) throw new Error('fixture invalid');
  return result.dataset;
}

function read(text: string, delimiter: string): string[][] {
  const rows: string[][] = parse(text, { bom: true, delimiter });
  return rows;
}

describe('datasetToCsvFiles (the CSV download)', () => {
  it('writes every template table with the template columns', () => {
    const files = datasetToCsvFiles(dataset(), ',');
    expect(Object.keys(files)).toEqual(CSV_TABLE_NAMES.map(csvFileName));
    for (const name of CSV_TABLE_NAMES) {
      const text = files[csvFileName(name)] ?? '';
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(read(text, ',')[0]).toEqual(CSV_COLUMNS[name].map((column) => column.name));
    }
    const relations = read(files['relations.csv'] ?? '', ',');
    expect(relations.slice(1).map((row) => row[0])).toEqual(dataset().relations.map((r) => r.id));
    expect(read(files['dataset.csv'] ?? '', ',')[1]).toContain('CC BY 4.0');
  });

  it('uses semicolons when asked, as German Excel expects, quoting what needs it', () => {
    const files = datasetToCsvFiles(dataset(), ';');
    const header = (files['events.csv'] ?? '').slice(1).split('\r\n')[0] ?? '';
    expect(header.split(';')).toEqual(CSV_COLUMNS.events.map((column) => column.name));
    const rows = read(files['events.csv'] ?? '', ';');
    expect(rows.slice(1).every((row) => row.length === CSV_COLUMNS.events.length)).toBe(true);
  });

  it('packs the files into one ZIP archive that unpacks to the same text', () => {
    const files = datasetToCsvFiles(dataset(), ',');
    const unpacked = unzipSync(csvArchive(files));
    expect(Object.keys(unpacked).sort()).toEqual(Object.keys(files).sort());
    for (const [name, bytes] of Object.entries(unpacked))
      expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(files[name]);
  });
});
