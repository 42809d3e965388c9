import { describe, expect, it } from 'vitest';
import { dayForYear, timeRange, yearsBefore } from '../../src/data/time-range';
import { loadFixture } from '../support/load-fixture';

describe('timeRange', () => {
  it('spans from the first event with a status to the current year', () => {
    // The fixture's earliest relation begins in 1961 (Kyiv).
    expect(timeRange(loadFixture(), '2026-12-01')).toEqual({ first: 1961, last: 2026 });
  });

  it('is only the current year for a dataset whose relations have not begun', () => {
    expect(timeRange(loadFixture(), '1950-06-01')).toEqual({ first: 1950, last: 1950 });
  });
});

describe('dayForYear', () => {
  it('is the last day of a past year, so a year shows what held by its end', () => {
    expect(dayForYear(2014, '2026-12-01')).toBe('2014-12-31');
    expect(dayForYear(999, '2026-12-01')).toBe('0999-12-31');
  });

  it('is undefined (today, the default) for the current year and later', () => {
    expect(dayForYear(2026, '2026-12-01')).toBeUndefined();
    expect(dayForYear(2030, '2026-12-01')).toBeUndefined();
  });
});

describe('yearsBefore', () => {
  it('keeps month and day', () => {
    expect(yearsBefore('2026-12-01', 10)).toBe('2016-12-01');
    expect(yearsBefore('2022-02-23', 1)).toBe('2021-02-23');
  });

  it('turns 29 February into the 28th in a year that has none', () => {
    expect(yearsBefore('2024-02-29', 1)).toBe('2023-02-28');
    expect(yearsBefore('2024-02-29', 100)).toBe('1924-02-29');
    // 1900 is not a leap year (divisible by 100), 2000 is (divisible by 400).
    expect(yearsBefore('2000-02-29', 100)).toBe('1900-02-28');
    expect(yearsBefore('2400-02-29', 400)).toBe('2000-02-29');
  });
});
