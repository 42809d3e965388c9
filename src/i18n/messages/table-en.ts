import type { tableDe } from './table-de';

/** English text of the city table and the list/table toggle; mounted under `table` in en.ts. */
export const tableEn: typeof tableDe = {
  toggle: 'Show as a table',
  columnName: 'City',
  columnCountry: 'Country',
  columnType: 'Kind',
  columnStatus: 'Status',
  columnSince: 'Since',
  columnStart: 'Start year',
  shown: 'Cities shown: {{shown}} of {{total}}, as of {{date}}.',
  noFilters: 'No filters.',
  filtered: 'Filters: {{filters}}.',
  facet: '{{facet}}: {{values}}',
  search: 'name contains “{{q}}”',
  sorted: 'Sorted by “{{column}}”, {{direction}}.',
  ascending: 'ascending',
  descending: 'descending',
  unknown: 'unknown',
};
