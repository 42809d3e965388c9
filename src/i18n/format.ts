import { parsePartialDate } from '../data/partial-date';

// Building an Intl formatter costs far more than using one, and a list of 200 cities formats
// 400 dates and names per render; so each formatter is built once per language and options.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const regionNames = new Map<string, Intl.DisplayNames>();
const collators = new Map<string, Intl.Collator>();

function cached<T>(formatters: Map<string, T>, key: string, create: () => T): T {
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

function dateFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(
    dateFormats,
    `${language}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(language, options),
  );
}

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
  return dateFormat(language, { ...options, timeZone: 'UTC' }).format(date);
}

/**
 * Intl has no genitive month without a day, but writes the month in the genitive when a day is
 * present ("1 марта 2022 г."); the day and the separator after it are dropped from that.
 */
function monthInGenitive(date: Date, language: string): string {
  const parts = dateFormat(language, {
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
  return cached(numberFormats, language, () => new Intl.NumberFormat(language)).format(value);
}

/** The country's name in the reader's language, from its ISO code. */
export function countryName(code: string, language: string): string {
  try {
    return (
      cached(regionNames, language, () => new Intl.DisplayNames([language], { type: 'region' })).of(code) ??
      code
    );
  } catch {
    return code;
  }
}

/** Compares two names in the reader's language (a shared collator: `localeCompare` builds one per call). */
export function compareNames(a: string, b: string, language: string): number {
  return cached(collators, language, () => new Intl.Collator(language)).compare(a, b);
}

/** Alternatives as the language lists them: "active or paused", "aktiv oder ruhend". */
export function formatOrList(values: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { type: 'disjunction' }).format(values);
}
