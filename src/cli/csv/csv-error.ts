/** One thing wrong in the spreadsheets, located as a spreadsheet user finds it. */
export interface CsvError {
  file: string;
  /** The row number the spreadsheet shows (the header is row 1); absent for the file as a whole. */
  row?: number;
  column?: string;
  message: string;
}

export function formatCsvError({ file, row, column, message }: CsvError): string {
  const where = [row !== undefined ? `row ${row}` : '', column !== undefined ? `column ${column}` : '']
    .filter(Boolean)
    .join(', ');
  return `${file}${where ? ` ${where}` : ''}: ${message}`;
}
