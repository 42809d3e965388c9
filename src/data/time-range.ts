import type { Dataset } from './dataset';
import { effectiveDates } from './relation-state';

/** The years the time control spans, both ends included. */
export interface TimeRange {
  first: number;
  last: number;
}

/** From the year of the dataset's first event with a status to the current year. */
export function timeRange(dataset: Dataset, today: string): TimeRange {
  let first = Number(today.slice(0, 4));
  for (const relation of dataset.relations) {
    const start = effectiveDates(relation.events)[0];
    if (start !== undefined) first = Math.min(first, Number(start.slice(0, 4)));
  }
  return { first, last: Number(today.slice(0, 4)) };
}

/**
 * The "as of" day for a year on the slider: the year's last day, so a year shows what held
 * by its end; the current year means today (undefined, the default, keeps links short).
 */
export function dayForYear(year: number, today: string): string | undefined {
  return year >= Number(today.slice(0, 4)) ? undefined : `${String(year).padStart(4, '0')}-12-31`;
}

/** The day `years` years before `day` (29 February falls back to the 28th). */
export function yearsBefore(day: string, years: number): string {
  const year = String(Number(day.slice(0, 4)) - years).padStart(4, '0');
  const candidate = `${year}${day.slice(4)}`;
  return candidate.endsWith('-02-29') && !isLeap(Number(year)) ? `${year}-02-28` : candidate;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
