import { datasetToCsvFiles, type CsvDelimiter } from '../../data/csv-download';
import type { Dataset } from '../../data/dataset';

export type { CsvDelimiter };

/** The dataset as its five CSV files, written exactly as the readers' download writes them. */
export function exportCsv(dataset: Dataset, delimiter: CsvDelimiter): { file: string; text: string }[] {
  return Object.entries(datasetToCsvFiles(dataset, delimiter)).map(([file, text]) => ({ file, text }));
}
