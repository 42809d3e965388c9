import type { CsvColumn } from '../../data/csv-columns';
import { readCell } from './cells';
import type { CsvError } from './csv-error';
import type { CsvSheet } from './read-csv';

/** A data row read column by column; `failed` holds the columns already reported as wrong. */
export interface TableRow {
  file: string;
  row: number;
  values: ReadonlyMap<string, unknown>;
  raw: ReadonlyMap<string, string>;
  failed: ReadonlySet<string>;
}

function headerErrors(sheet: CsvSheet, columns: readonly CsvColumn[]): CsvError[] {
  const known = new Set(columns.map((column) => column.name));
  const errors: CsvError[] = [];
  const seen = new Set<string>();
  for (const name of sheet.header) {
    if (name === '') continue;
    if (!known.has(name)) {
      errors.push({ file: sheet.file, row: 1, message: `unknown column '${name}' (see docs/data-guide.md)` });
    } else if (seen.has(name)) {
      errors.push({ file: sheet.file, row: 1, message: `the column '${name}' appears twice` });
    }
    seen.add(name);
  }
  for (const column of columns) {
    if (column.required && !seen.has(column.name))
      errors.push({ file: sheet.file, row: 1, message: `the required column '${column.name}' is missing` });
  }
  return errors;
}

function shapeError(sheet: CsvSheet, row: number, cells: readonly string[]): CsvError | undefined {
  const width = sheet.header.length;
  if (cells.length === 1 && width > 1 && /[,;]/.test(cells[0] ?? '')) {
    return {
      file: sheet.file,
      row,
      message: `the row is a single cell: are its values separated by a different character than the header row's?`,
    };
  }
  if (cells.slice(width).some((cell) => cell !== '')) {
    return {
      file: sheet.file,
      row,
      message: `the row has ${cells.length} cells but the header has ${width} columns: does a value with a comma or semicolon lack its quotes?`,
    };
  }
  return undefined;
}

/** Reads every row against the table's columns; a header that is wrong stops the table. */
export function readTable(
  sheet: CsvSheet,
  columns: readonly CsvColumn[],
): { rows: TableRow[]; errors: CsvError[] } {
  const errors = headerErrors(sheet, columns);
  if (errors.length > 0) return { rows: [], errors };
  const rows: TableRow[] = [];
  for (const { row, cells } of sheet.rows) {
    const shape = shapeError(sheet, row, cells);
    if (shape) {
      errors.push(shape);
      continue;
    }
    const values = new Map<string, unknown>();
    const raw = new Map<string, string>();
    const failed = new Set<string>();
    for (const column of columns) {
      const index = sheet.header.indexOf(column.name);
      const text = index < 0 ? '' : (cells[index] ?? '');
      raw.set(column.name, text);
      if (text === '') {
        if (column.required) {
          failed.add(column.name);
          errors.push({
            file: sheet.file,
            row,
            column: column.name,
            message: `is empty, but ${column.label} is required`,
          });
        }
        continue;
      }
      const result = readCell(column, text);
      if (result.ok) values.set(column.name, result.value);
      else {
        failed.add(column.name);
        errors.push({ file: sheet.file, row, column: column.name, message: result.message });
      }
    }
    rows.push({ file: sheet.file, row, values, raw, failed });
  }
  return { rows, errors };
}
