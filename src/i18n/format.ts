import { parsePartialDate } from '../data/partial-date';

/**
 * How a date stands in its sentence. `governed`: after a preposition ("seit", "с", "з", "около"),
 * where Ukrainian and Russian put the month in the genitive ("с марта 2022 г.", not "с март").
 */
export type DateForm = 'standalone' | 'governed';

/** A partial date at its own precision: "1961", "April 2014", "22. August 2018". */
export function formatPartialDate(value: string, language: string, form: DateForm = 'standalone'): string {
  const parsed = parsePartialDate(value);
  if (!parsed) return value;
  const date = new Date(Date.UTC(parsed.year, (parsed.month ?? 1) - 1, parsed.day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    parsed.precision === 'year'
      ? { year: 'numeric' }
      : parsed.precision === 'month'
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric', month: 'long', day: 'numeric' };
  if (parsed.precision === 'month' && form === 'governed') return monthInGenitive(date, language);
  return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(date);
}

/**
 * Intl has no genitive month without a day, but writes the month in the genitive when a day is
 * present ("1 марта 2022 г."); the day and the separator after it are dropped from that.
 */
function monthInGenitive(date: Date, language: string): string {
  const parts = new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(date);
  const day = parts.findIndex((part) => part.type === 'day');
  const kept = parts.filter(
    (_, index) => index !== day && !(index === day + 1 && parts[index]?.type === 'literal'),
  );
  return kept
    .map((part) => part.value)
    .join('')
    .trim();
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

/** Alternatives as the language lists them: "active or paused", "aktiv oder ruhend". */
export function formatOrList(values: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { type: 'disjunction' }).format(values);
}
