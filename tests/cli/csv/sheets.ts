import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { exportCsv } from '../../../src/cli/csv/export-csv';
import type { CsvInput } from '../../../src/cli/csv/import-csv';
import { validateDataset } from '../../../src/data/validate-dataset';
import { fixtureDataset } from '../../support/fixtures';

/** The fixture dataset as editable tables: file name → rows of cells, header first. */
export type Sheets = Record<string, string[][]>;

export function fixtureSheets(data: unknown = fixtureDataset()): Sheets {
  const result = validateDataset(data);
  if (!result.ok) throw new Error('fixture is invalid');
  return Object.fromEntries(
    exportCsv(result.dataset, ',').map(({ file, text }) => [file, parse(text, { bom: true })]),
  );
}

/** Sets a cell by file, data row (1 = first row below the header) and column name. */
export function setCell(sheets: Sheets, file: string, dataRow: number, column: string, value: string): void {
  const table = sheets[file]!;
  const index = table[0]!.indexOf(column);
  if (index < 0) throw new Error(`no column ${column} in ${file}`);
  table[dataRow]![index] = value;
}

export function cell(sheets: Sheets, file: string, dataRow: number, column: string): string {
  const table = sheets[file]!;
  return table[dataRow]![table[0]!.indexOf(column)]!;
}

export function toInputs(sheets: Sheets, options: { delimiter?: ',' | ';'; bom?: boolean } = {}): CsvInput[] {
  return Object.entries(sheets).map(([file, rows]) => ({
    file,
    text: stringify(rows, { delimiter: options.delimiter ?? ',', bom: options.bom ?? false }),
  }));
}
