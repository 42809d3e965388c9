import { parse } from 'csv-parse/sync';
import type { CsvError } from './csv-error';

/** A CSV file's text as header and rows; `row` is the row number a spreadsheet shows (header = 1). */
export interface CsvSheet {
  file: string;
  header: string[];
  rows: { row: number; cells: string[] }[];
}

export type SheetResult = { ok: true; sheet: CsvSheet } | { ok: false; errors: CsvError[] };

/**
 * German Excel separates columns with semicolons, most other programs with commas. The header row
 * holds only column names, so whichever of the two it contains is the file's separator.
 */
function detectDelimiter(headerLine: string): ',' | ';' | undefined {
  const count = (character: string) => headerLine.split(character).length - 1;
  const commas = count(',');
  const semicolons = count(';');
  if (commas === 0 && semicolons === 0) return undefined;
  return semicolons > commas ? ';' : ',';
}

function separatorHint(headerLine: string): string {
  if (headerLine.includes('\t')) return 'the columns are separated by tabs';
  return 'the header row has no comma or semicolon between its column names';
}

/** Parses one file; UTF-8 with or without byte order mark, comma or semicolon separated. */
export function readCsv(file: string, text: string): SheetResult {
  const content = text.replace(/^\uFEFF/, '');
  const headerLine = content.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = detectDelimiter(headerLine);
  if (delimiter === undefined) {
    return {
      ok: false,
      errors: [
        {
          file,
          row: 1,
          message: `${separatorHint(headerLine)}: save the sheet as CSV with commas or semicolons`,
        },
      ],
    };
  }
  let records: string[][];
  try {
    records = parse(content, { delimiter, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ file, message: `not readable as CSV: ${message}` }] };
  }
  const [header = [], ...rest] = records;
  return {
    ok: true,
    sheet: {
      file,
      header: header.map((name) => name.trim().toLowerCase()),
      rows: rest
        .map((cells, index) => ({ row: index + 2, cells: cells.map((cell) => cell.trim()) }))
        .filter(({ cells }) => cells.some((cell) => cell !== '')),
    },
  };
}
