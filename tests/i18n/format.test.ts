import { describe, expect, it } from 'vitest';
import { compareNames, countryName, formatNumber, formatPartialDate } from '../../src/i18n/format';

describe('formatPartialDate', () => {
  it('shows a date at its own precision, in the reader language', () => {
    expect(formatPartialDate('1961', 'de')).toBe('1961');
    expect(formatPartialDate('2014-04', 'de')).toBe('April 2014');
    expect(formatPartialDate('2014-04', 'en')).toBe('April 2014');
    expect(formatPartialDate('2018-08-22', 'de')).toBe('22. August 2018');
    expect(formatPartialDate('2018-08-22', 'en')).toBe('August 22, 2018');
  });

  it('does not shift a day across midnight in any time zone (dates are UTC)', () => {
    expect(formatPartialDate('2022-01-01', 'en')).toBe('January 1, 2022');
    expect(formatPartialDate('2022-12-31', 'en')).toBe('December 31, 2022');
  });

  it('returns what it cannot parse unchanged rather than a wrong date', () => {
    expect(formatPartialDate('31.02.2022', 'de')).toBe('31.02.2022');
    expect(formatPartialDate('2022-02-30', 'de')).toBe('2022-02-30');
  });
});

describe('formatNumber', () => {
  it('groups digits the way the language does', () => {
    expect(formatNumber(628718, 'de')).toBe('628.718');
    expect(formatNumber(628718, 'en')).toBe('628,718');
  });
});

describe('countryName', () => {
  it('names a country from its ISO code in the reader language', () => {
    expect(countryName('UA', 'de')).toBe('Ukraine');
    expect(countryName('RU', 'de')).toBe('Russland');
    expect(countryName('RU', 'en')).toBe('Russia');
  });

  it('falls back to the code for what Intl cannot name', () => {
    expect(countryName('not a code', 'de')).toBe('not a code');
  });
});

describe('formatters reused across languages', () => {
  it('keeps each language apart when switching back and forth', () => {
    for (const language of ['de', 'en', 'de', 'en']) {
      expect(formatPartialDate('2014-04', language)).toBe('April 2014');
      expect(formatPartialDate('2018-08-22', language)).toBe(
        language === 'de' ? '22. August 2018' : 'August 22, 2018',
      );
      expect(formatNumber(1000, language)).toBe(language === 'de' ? '1.000' : '1,000');
      expect(countryName('RU', language)).toBe(language === 'de' ? 'Russland' : 'Russia');
    }
  });
});

describe('compareNames', () => {
  it('sorts names as the language does, not by code point', () => {
    const names = ['Zwickau', 'Ägypten', 'Aachen', 'Österreich', 'Oslo'];
    expect([...names].sort((a, b) => compareNames(a, b, 'de'))).toEqual([
      'Aachen',
      'Ägypten',
      'Oslo',
      'Österreich',
      'Zwickau',
    ]);
    expect([...names].sort((a, b) => compareNames(a, b, 'sv'))).toEqual([
      'Aachen',
      'Oslo',
      'Zwickau',
      'Ägypten',
      'Österreich',
    ]);
  });
});
