import type { TableColumn } from '../state/table-view';

/** Each column's header text, as message keys spelt out so the key check finds them. */
export const COLUMN_LABEL_KEYS = {
  name: 'table.columnName',
  country: 'table.columnCountry',
  type: 'table.columnType',
  status: 'table.columnStatus',
  since: 'table.columnSince',
  start: 'table.columnStart',
} as const satisfies Record<TableColumn, string>;
