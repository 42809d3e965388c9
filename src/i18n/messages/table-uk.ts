import type { tableDe } from './table-de';

/** Ukrainian text of the city table and the list/table toggle; mounted under `table` in uk.ts. */
export const tableUk: typeof tableDe = {
  toggle: 'Показати таблицею',
  columnName: 'Місто',
  columnCountry: 'Країна',
  columnType: 'Вид',
  columnStatus: 'Статус',
  columnSince: 'З якого часу',
  columnStart: 'Рік початку',
  shown: 'Станом на {{date}} показано міст: {{shown}} з {{total}}.',
  noFilters: 'Без фільтрів.',
  filtered: 'Фільтри: {{filters}}.',
  facet: '{{facet}}: {{values}}',
  search: 'назва містить «{{q}}»',
  sorted: 'Упорядковано за стовпцем «{{column}}», {{direction}}.',
  ascending: 'за зростанням',
  descending: 'за спаданням',
  unknown: 'невідомо',
};
