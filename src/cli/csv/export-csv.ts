import { stringify } from 'csv-stringify/sync';
import { CSV_TABLE_NAMES, csvFileName } from '../../data/csv-columns';
import { datasetToCsvTables } from '../../data/csv-rows';
import type { Dataset } from '../../data/dataset';

export type CsvDelimiter = ',' | ';';

/**
 * The dataset as its five CSV files. A byte order mark makes Excel read them as UTF-8 (umlauts,
 * Cyrillic); the importer accepts files with or without it.
 */
export function exportCsv(dataset: Dataset, delimiter: CsvDelimiter): { file: string; text: string }[] {
  const tables = datasetToCsvTables(dataset);
  return CSV_TABLE_NAMES.map((name) => ({
    file: csvFileName(name),
    text: stringify(tables[name], { delimiter, bom: true }),
  }));
}
