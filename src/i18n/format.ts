import { parsePartialDate } from '../data/partial-date';

/** A partial date at its own precision: "1961", "April 2014", "22. August 2018". */
export function formatPartialDate(value: string, language: string): string {
  const parsed = parsePartialDate(value);
  if (!parsed) return value;
  const date = new Date(Date.UTC(parsed.year, (parsed.month ?? 1) - 1, parsed.day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    parsed.precision === 'year'
      ? { year: 'numeric' }
      : parsed.precision === 'month'
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric', month: 'long', day: 'numeric' };
  return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(date);
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

/** The country's name in the reader's language, from its ISO code. */
export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
