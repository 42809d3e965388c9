import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TABLE_SORT,
  nextTableSort,
  serializeTableSort,
  TABLE_COLUMNS,
  tableSortSchema,
  type TableSort,
} from '../../src/state/table-view';

describe('the table sort parameter', () => {
  it('reads a column as ascending and a column with a leading minus as descending', () => {
    expect(tableSortSchema.parse('country')).toEqual({ column: 'country', direction: 'ascending' });
    expect(tableSortSchema.parse('-since')).toEqual({ column: 'since', direction: 'descending' });
  });

  it.each(['', '-', '--name', 'Name', 'population', 'name,-start', ' name', 'start-'])(
    'refuses %j',
    (value) => {
      expect(tableSortSchema.safeParse(value).success).toBe(false);
    },
  );

  it('round-trips every column in both directions', () => {
    for (const column of TABLE_COLUMNS) {
      for (const direction of ['ascending', 'descending'] as const) {
        const sort: TableSort = { column, direction };
        expect(tableSortSchema.parse(serializeTableSort(sort))).toEqual(sort);
      }
    }
  });
});

describe('nextTableSort', () => {
  it('turns the sorted column around and starts another column ascending', () => {
    const byCountry: TableSort = { column: 'country', direction: 'ascending' };
    expect(nextTableSort(byCountry, 'country')).toEqual({ column: 'country', direction: 'descending' });
    expect(nextTableSort({ column: 'country', direction: 'descending' }, 'country')).toEqual(byCountry);
    expect(nextTableSort({ column: 'since', direction: 'descending' }, 'country')).toEqual(byCountry);
  });

  it('gives undefined for the default order, so the link leaves it out', () => {
    expect(nextTableSort({ column: 'name', direction: 'descending' }, 'name')).toBeUndefined();
    expect(nextTableSort({ column: 'start', direction: 'ascending' }, 'name')).toBeUndefined();
    expect(nextTableSort(DEFAULT_TABLE_SORT, 'name')).toEqual({ column: 'name', direction: 'descending' });
  });
});
