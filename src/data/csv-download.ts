// The browser build: the Node one needs Buffer, which a page does not have.
import { stringify } from 'csv-stringify/browser/esm/sync';
import { strToU8, zipSync } from 'fflate';
import { CSV_TABLE_NAMES, csvFileName } from './csv-columns';
import { datasetToCsvTables } from './csv-rows';
import type { Dataset } from './dataset';

/** Comma for most spreadsheets; German Excel splits columns only at semicolons. The importer reads both. */
export type CsvDelimiter = ',' | ';';

/**
 * A dataset as the template CSV files (dataset, sources, places, relations, events), each as text.
 * With a byte-order mark, so Excel reads the umlauts and Cyrillic names as UTF-8.
 */
export function datasetToCsvFiles(dataset: Dataset, delimiter: CsvDelimiter): Record<string, string> {
  const tables = datasetToCsvTables(dataset);
  return Object.fromEntries(
    CSV_TABLE_NAMES.map((name) => [
      csvFileName(name),
      `\uFEFF${stringify(tables[name], { delimiter, record_delimiter: '\r\n' })}`,
    ]),
  );
}

/** The CSV files in one ZIP archive, so a reader downloads once and the importer takes the folder as is. */
export function csvArchive(files: Record<string, string>): Uint8Array<ArrayBuffer> {
  const entries = Object.entries(files).map(([name, text]) => [name, strToU8(text)] as const);
  // Copied into a plain ArrayBuffer, which is what a Blob takes.
  return new Uint8Array(zipSync(Object.fromEntries(entries), { level: 6 }));
}
