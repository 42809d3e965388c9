/**
 * Dates in the data come at year, month or day precision: "1961", "2014-04", "2022-03-15".
 * For "as of" purposes a partial date is in force from the first day of its period
 * ("1961" → 1961-01-01), so it sorts before every fuller date inside that period.
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

type DatePrecision = 'year' | 'month' | 'day';

export interface ParsedPartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

export function parsePartialDate(value: string): ParsedPartialDate | undefined {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (month !== undefined && day !== undefined) {
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return undefined;
  }
  const precision: DatePrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return { year, month, day, precision };
}

export function isPartialDate(value: string): boolean {
  return parsePartialDate(value) !== undefined;
}

/** The first day of the date's period as "YYYY-MM-DD" (ISO strings compare correctly as text). */
export function periodStart(value: string): string {
  const parsed = parsePartialDate(value);
  if (!parsed) throw new RangeError(`Not a partial date: ${value}`);
  return isoDay(parsed.year, parsed.month ?? 1, parsed.day ?? 1);
}

/** The first day after the date's period: "1989" → "1990-01-01", "2022-12" → "2023-01-01". */
export function periodEnd(value: string): string {
  const parsed = parsePartialDate(value);
  if (!parsed) throw new RangeError(`Not a partial date: ${value}`);
  const next =
    parsed.precision === 'year'
      ? new Date(Date.UTC(parsed.year + 1, 0, 1))
      : parsed.precision === 'month'
        ? new Date(Date.UTC(parsed.year, parsed.month ?? 1, 1))
        : new Date(Date.UTC(parsed.year, (parsed.month ?? 1) - 1, (parsed.day ?? 1) + 1));
  return next.toISOString().slice(0, 10);
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
