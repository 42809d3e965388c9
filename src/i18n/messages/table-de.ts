/** German text of the city table and the list/table toggle; mounted under `table` in de.ts. */
export const tableDe = {
  toggle: 'Als Tabelle zeigen',
  columnName: 'Stadt',
  columnCountry: 'Land',
  columnType: 'Art',
  columnStatus: 'Status',
  columnSince: 'Seit',
  columnStart: 'Beginnjahr',
  shown: 'Angezeigte Städte: {{shown}} von {{total}}, Stand {{date}}.',
  noFilters: 'Ohne Filter.',
  filtered: 'Filter: {{filters}}.',
  facet: '{{facet}}: {{values}}',
  search: 'Name enthält „{{q}}“',
  sorted: 'Sortiert nach „{{column}}“, {{direction}}.',
  ascending: 'aufsteigend',
  descending: 'absteigend',
  unknown: 'unbekannt',
};
