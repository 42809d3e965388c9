import { z } from 'zod';

/** How the city list is shown: as a list of buttons (the default) or as a sortable data table. */
export type ListMode = 'list' | 'table';

/** The table's columns, in the order they are shown; also the values of the `sort` URL parameter. */
export const TABLE_COLUMNS = ['name', 'country', 'type', 'status', 'since', 'start'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

/** The words `aria-sort` uses, so the state reaches the markup unchanged. */
type SortDirection = 'ascending' | 'descending';

export interface TableSort {
  column: TableColumn;
  direction: SortDirection;
}

/** What the table shows when the URL names no order: by name, A to Z. */
export const DEFAULT_TABLE_SORT: TableSort = { column: 'name', direction: 'ascending' };

/** `sort=country` sorts ascending, `sort=-country` descending (a leading minus, as in JSON:API). */
export const tableSortSchema = z
  .string()
  .regex(/^-?[a-z]+$/)
  .transform((value) => ({
    column: value.replace(/^-/, ''),
    direction: value.startsWith('-') ? ('descending' as const) : ('ascending' as const),
  }))
  .pipe(z.object({ column: z.enum(TABLE_COLUMNS), direction: z.enum(['ascending', 'descending']) }));

export function serializeTableSort(sort: TableSort): string {
  return `${sort.direction === 'descending' ? '-' : ''}${sort.column}`;
}

/**
 * The order after a click on a column's header: the sorted column turns around, any other column
 * starts ascending. The default order comes back as undefined, so links to it stay short.
 */
export function nextTableSort(current: TableSort, column: TableColumn): TableSort | undefined {
  const direction: SortDirection =
    current.column === column && current.direction === 'ascending' ? 'descending' : 'ascending';
  const next = { column, direction };
  return next.column === DEFAULT_TABLE_SORT.column && next.direction === DEFAULT_TABLE_SORT.direction
    ? undefined
    : next;
}
