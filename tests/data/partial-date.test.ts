import { describe, expect, it } from 'vitest';
import { parsePartialDate, periodEnd, periodStart } from '../../src/data/partial-date';

describe('partial dates', () => {
  it('parses year, month and day precision', () => {
    expect(parsePartialDate('1961')).toEqual({
      year: 1961,
      month: undefined,
      day: undefined,
      precision: 'year',
    });
    expect(parsePartialDate('2014-04')?.precision).toBe('month');
    expect(parsePartialDate('2018-08-22')).toEqual({ year: 2018, month: 8, day: 22, precision: 'day' });
  });

  it.each(['', '61', '1961-13', '1961-00', '2023-02-29', '2022-04-31', '1961-1-1', '1961/01', 'x1961'])(
    'rejects %j',
    (value) => {
      expect(parsePartialDate(value)).toBeUndefined();
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(parsePartialDate('2024-02-29')?.day).toBe(29);
  });

  it('puts a partial date in force from the first day of its period', () => {
    expect(periodStart('1961')).toBe('1961-01-01');
    expect(periodStart('2014-04')).toBe('2014-04-01');
    expect(periodStart('2018-08-22')).toBe('2018-08-22');
  });

  it('knows the first day after a period', () => {
    expect(periodEnd('1989')).toBe('1990-01-01');
    expect(periodEnd('2022-12')).toBe('2023-01-01');
    expect(periodEnd('2024-02-29')).toBe('2024-03-01');
  });
});
