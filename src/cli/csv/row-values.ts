import type { TableRow } from './read-table';

/** Typed reads of a row's values; the cells were converted by their column kind already. */
export const validText = (row: TableRow, column: string): string | undefined => {
  const value = row.values.get(column);
  return typeof value === 'string' ? value : undefined;
};

/**
 * The cell's value; a cell reported as wrong gives its text as typed, so the dataset checks see
 * the same mistake (and stay quiet about it) instead of a missing value that breaks other checks.
 */
export const text = (row: TableRow, column: string): string | undefined =>
  validText(row, column) ?? (row.failed.has(column) ? row.raw.get(column) || undefined : undefined);

export const numberAt = (row: TableRow, column: string): number | undefined => {
  const value = row.values.get(column);
  return typeof value === 'number' ? value : undefined;
};

export const listAt = (row: TableRow, column: string): string[] | undefined => {
  const value = row.values.get(column);
  if (row.failed.has(column)) return [row.raw.get(column) ?? ''];
  return Array.isArray(value) && value.length > 0
    ? value.filter((item) => typeof item === 'string')
    : undefined;
};

export const yes = (row: TableRow, column: string): boolean => row.values.get(column) === true;

/** The four content languages of a text, or undefined when every one of them is empty. */
export function localized(row: TableRow, prefix: string, placeholder?: string) {
  const de = validText(row, `${prefix}_de`) ?? (row.failed.has(`${prefix}_de`) ? placeholder : undefined);
  const en = validText(row, `${prefix}_en`) ?? (row.failed.has(`${prefix}_en`) ? placeholder : undefined);
  const uk = text(row, `${prefix}_uk`);
  const ru = text(row, `${prefix}_ru`);
  return [de, en, uk, ru].every((value) => value === undefined) ? undefined : { de, en, uk, ru };
}

/** The field → column map of a localized text, for CellLocations. */
export const localizedFields = (field: string, prefix: string): Record<string, string> => ({
  [`${field}.de`]: `${prefix}_de`,
  [`${field}.en`]: `${prefix}_en`,
  [`${field}.uk`]: `${prefix}_uk`,
  [`${field}.ru`]: `${prefix}_ru`,
});
