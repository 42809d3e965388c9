import type { tableDe } from './table-de';

/** Russian text of the city table and the list/table toggle; mounted under `table` in ru.ts. */
export const tableRu: typeof tableDe = {
  toggle: 'Показать таблицей',
  columnName: 'Город',
  columnCountry: 'Страна',
  columnType: 'Вид',
  columnStatus: 'Статус',
  columnSince: 'С какого времени',
  columnStart: 'Год начала',
  shown: 'По состоянию на {{date}} показано городов: {{shown}} из {{total}}.',
  noFilters: 'Без фильтров.',
  filtered: 'Фильтры: {{filters}}.',
  facet: '{{facet}}: {{values}}',
  search: 'название содержит «{{q}}»',
  sorted: 'Отсортировано по столбцу «{{column}}», {{direction}}.',
  ascending: 'по возрастанию',
  descending: 'по убыванию',
  unknown: 'неизвестно',
};
