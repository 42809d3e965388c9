import { describe, expect, it } from 'vitest';
import { rowDates, yearOf } from '../../src/list/row-dates';
import { tableRows } from './table-fixture';

const rows = tableRows();
const rowOf = (id: string) => {
  const row = rows.find((candidate) => candidate.place.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
};

describe('rowDates', () => {
  it('names the event that set the status, a later confirmation, and the start', () => {
    const dates = rowDates(rowOf('ostheim'));
    expect(dates.since?.date).toBe('2014-04');
    expect(dates.confirmed?.date).toBe('2020-05-02');
    expect(dates.start?.date).toBe('1961');
  });

  it('leaves out a confirmation dated as the status itself', () => {
    expect(rowDates(rowOf('zell')).confirmed).toBeUndefined();
  });

  it('keeps the qualifier of a start year', () => {
    const start = rowDates(rowOf('dorf')).start;
    if (!start) throw new Error('no start');
    expect(yearOf(start)).toEqual({ date: '1961', dateQualifier: 'after' });
    expect(yearOf({ ...start, date: '2014-04-02', dateQualifier: undefined })).toEqual({
      date: '2014',
      dateQualifier: undefined,
    });
  });
});
