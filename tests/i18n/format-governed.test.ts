import { describe, expect, it } from 'vitest';
import { formatPartialDate as format } from '../../src/i18n/format';

/** Intl puts no-break spaces where a line must not wrap; the words are what is checked here. */
const formatPartialDate = (...args: Parameters<typeof format>) => format(...args).replace(/\s/g, ' ');

describe('formatPartialDate in Ukrainian and Russian', () => {
  it('writes a month on its own in the nominative', () => {
    expect(formatPartialDate('2014-04', 'ru')).toBe('апрель 2014 г.');
    expect(formatPartialDate('2014-04', 'uk')).toBe('квітень 2014 р.');
    expect(formatPartialDate('2014-04', 'de')).toBe('April 2014');
  });

  it('puts the month in the genitive after a preposition, in every language', () => {
    expect(formatPartialDate('2022-03', 'ru', 'governed')).toBe('марта 2022 г.');
    expect(formatPartialDate('2022-03', 'uk', 'governed')).toBe('березня 2022 р.');
    expect(formatPartialDate('2022-03', 'de', 'governed')).toBe('März 2022');
    expect(formatPartialDate('2022-03', 'en', 'governed')).toBe('March 2022');
  });

  it('leaves years and days as they are', () => {
    expect(formatPartialDate('1961', 'ru', 'governed')).toBe(formatPartialDate('1961', 'ru'));
    expect(formatPartialDate('2018-08-22', 'uk', 'governed')).toBe('22 серпня 2018 р.');
  });
});
