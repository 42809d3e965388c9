// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../src/cli/csv/import-csv';
import { parseDatasetText } from '../../../src/data/parse-dataset-text';
import { RELATION_STATUSES } from '../../../src/data/vocabulary';
import { fixtureDataset } from '../../support/fixtures';
import { cell, fixtureSheets, setCell, toInputs, type Sheets } from './sheets';

function errorsOf(sheets: Sheets): string[] {
  const result = importCsv(toInputs(sheets));
  if (result.ok) throw new Error('expected errors, got a dataset');
  return result.errors;
}

/** The row a spreadsheet shows for data row n: the header is row 1. */
const shown = (dataRow: number) => dataRow + 1;

describe('importCsv', () => {
  it.each([
    ['comma, no BOM', { delimiter: ',', bom: false }],
    ['semicolon, no BOM', { delimiter: ';', bom: false }],
    ['comma with BOM', { delimiter: ',', bom: true }],
    ['semicolon with BOM (German Excel)', { delimiter: ';', bom: true }],
  ] as const)('reads %s into the same valid dataset', (_, options) => {
    const result = importCsv(toInputs(fixtureSheets(), options));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const parsed = parseDatasetText(result.json);
    expect(parsed.ok).toBe(true);
    expect(JSON.parse(result.json)).toEqual(fixtureDataset());
  });

  it('reads German dates and decimal commas as Excel writes them', () => {
    const sheets = fixtureSheets();
    setCell(sheets, 'events.csv', 1, 'date', '15.03.1961');
    setCell(sheets, 'places.csv', 2, 'lon', '30,52');
    const result = importCsv(toInputs(sheets, { delimiter: ';' }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const data = JSON.parse(result.json) as ReturnType<typeof fixtureDataset>;
    expect(JSON.stringify(data)).toContain('"date":"1961-03-15"');
    expect(data.features[1]?.geometry).toEqual({ type: 'Point', coordinates: [30.52, 50.45] });
  });

  it('names file, row and column of a date that does not exist', () => {
    const sheets = fixtureSheets();
    setCell(sheets, 'events.csv', 2, 'date', '31.02.2022');
    expect(errorsOf(sheets)).toEqual([
      expect.stringMatching(
        new RegExp(`^events\\.csv row ${shown(2)}, column date: '31\\.02\\.2022' is not a date`),
      ),
    ]);
  });

  it('rejects an unknown status and lists the known ones', () => {
    const sheets = fixtureSheets();
    setCell(sheets, 'events.csv', 1, 'status', 'frozen');
    expect(errorsOf(sheets)).toEqual([
      `events.csv row ${shown(1)}, column status: 'frozen' is not a known value: use one of ${RELATION_STATUSES.join(', ')}`,
    ]);
  });

  it('rejects a source that sources.csv does not list', () => {
    const sheets = fixtureSheets();
    setCell(sheets, 'events.csv', 3, 'sources', 'a | nowhere');
    expect(errorsOf(sheets)).toEqual([
      `events.csv row ${shown(3)}, column sources: 'nowhere': no such source; list it in sources.csv`,
    ]);
  });

  it('rejects duplicate ids in places, relations and sources', () => {
    const sheets = fixtureSheets();
    setCell(sheets, 'places.csv', 3, 'id', 'kyiv');
    setCell(sheets, 'sources.csv', 2, 'id', 'a');
    const errors = errorsOf(sheets);
    expect(errors).toContain(
      `sources.csv row ${shown(2)}, column id: 'a' is already the id of row ${shown(1)}`,
    );
    expect(errors).toContain(
      `places.csv row ${shown(3)}, column id: 'kyiv' is already the id of row ${shown(2)}`,
    );
  });

  it('rejects a missing required language, also of an optional text', () => {
    const sheets = fixtureSheets();
    setCell(sheets, 'places.csv', 2, 'name_en', '');
    setCell(sheets, 'events.csv', 1, 'text_de', 'Nur deutsch');
    const errors = errorsOf(sheets);
    expect(errors).toEqual([
      `places.csv row ${shown(2)}, column name_en: is empty, but the name in English is required`,
      expect.stringMatching(new RegExp(`^events\\.csv row ${shown(1)}, column text_en: is empty`)),
    ]);
  });

  it('rejects coordinates out of range, or only one of them', () => {
    const sheets = fixtureSheets();
    setCell(sheets, 'places.csv', 2, 'lon', '200');
    setCell(sheets, 'places.csv', 3, 'lat', '');
    expect(errorsOf(sheets)).toEqual([
      expect.stringMatching(
        new RegExp(`^places\\.csv row ${shown(2)}, column lon: '200' is not the longitude`),
      ),
      `places.csv row ${shown(3)}, column lat: is empty, but lon is given: a place has both coordinates or none`,
    ]);
  });

  it('rejects lists joined by the wrong separator', () => {
    const sheets = fixtureSheets();
    setCell(sheets, 'events.csv', 1, 'sources', 'a; b');
    expect(errorsOf(sheets)).toEqual([
      `events.csv row ${shown(1)}, column sources: 'a; b': separate several ids with |, e.g. 'lvz-2022 | mdr-2024'`,
    ]);
  });

  it('rejects files whose columns are not separated by commas or semicolons', () => {
    const inputs = toInputs(fixtureSheets()).map((input) =>
      input.file === 'events.csv' ? { ...input, text: input.text.replaceAll(',', '\t') } : input,
    );
    const result = importCsv(inputs);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      'events.csv row 1: the columns are separated by tabs: save the sheet as CSV with commas or semicolons',
    ]);
  });

  it('rejects a row separated differently from its header', () => {
    const inputs = toInputs(fixtureSheets(), { delimiter: ';' }).map((input) =>
      input.file === 'sources.csv' ? { ...input, text: `${input.text}c,Title,Publisher,,\n` } : input,
    );
    const result = importCsv(inputs);
    expect(result.ok ? [] : result.errors).toEqual([
      expect.stringMatching(/^sources\.csv row 4: the row is a single cell/),
    ]);
  });

  it('reports every error of every file at once, in file and row order', () => {
    const sheets = fixtureSheets();
    setCell(sheets, 'events.csv', 2, 'date', 'soon');
    setCell(sheets, 'places.csv', 1, 'kind', 'castle');
    setCell(sheets, 'sources.csv', 1, 'url', 'ftp://example.org');
    setCell(sheets, 'relations.csv', 1, 'to', 'atlantis');
    const errors = errorsOf(sheets);
    expect(errors.map((line) => line.split(':')[0])).toEqual([
      `sources.csv row ${shown(1)}, column url`,
      `places.csv row ${shown(1)}, column kind`,
      `relations.csv row ${shown(1)}, column to`,
      `events.csv row ${shown(2)}, column date`,
    ]);
  });

  it('maps the dataset checks back to cells: events out of date order', () => {
    const sheets = fixtureSheets();
    const later = cell(sheets, 'events.csv', 2, 'date');
    setCell(sheets, 'events.csv', 1, 'date', String(Number(later) + 1));
    expect(errorsOf(sheets)).toEqual([
      expect.stringMatching(
        new RegExp(`^events\\.csv row ${shown(2)}, column date: '${later}': .*date order`),
      ),
    ]);
  });

  it("refuses an association's act that sets the town's status", () => {
    const sheets = fixtureSheets();
    setCell(sheets, 'events.csv', 1, 'actor', 'civil-society');
    expect(errorsOf(sheets)).toEqual([
      expect.stringMatching(
        new RegExp(`^events\\.csv row ${shown(1)}, column actor: 'civil-society': .*cannot set`),
      ),
    ]);
  });

  it('names a missing file and a missing required column', () => {
    const sheets = fixtureSheets();
    delete sheets['dataset.csv'];
    sheets['events.csv'] = sheets['events.csv']!.map((row) => row.filter((_, index) => index !== 1));
    const errors = errorsOf(sheets);
    expect(errors).toContain('dataset.csv: the file is missing');
    expect(errors).toContain("events.csv row 1: the required column 'date' is missing");
  });
});
