import { z } from 'zod';
import { periodStart } from '../data/partial-date';
import { partialDateSchema } from '../data/schema';

/**
 * Values that reach the map from outside (URL parameters, host-page commands), checked
 * the same way whichever door they come through, so a link and a command give the same view.
 */

export const MAX_QUERY_LENGTH = 100;

/** Dates between 1900 and 2100, at any precision; normalized to the first day of their period ("2014" → "2014-01-01"). */
export const daySchema = partialDateSchema
  .transform(periodStart)
  .refine((day) => day >= '1900-01-01' && day < '2101-01-01');

/** ISO 3166-1 alpha-2, any case. Letters are checked before upper-casing: "ß".toUpperCase() is "SS". */
export const countryCodeSchema = z
  .string()
  .regex(/^[a-z]{2}$/i)
  .transform((code) => code.toUpperCase());

/** The distinct values that pass `schema`; the rest are dropped, so unknown values never hide known ones. */
export function keepValid<T>(values: readonly unknown[], schema: z.ZodType<T>): T[] {
  return [
    ...new Set(
      values.flatMap((value) => {
        const parsed = schema.safeParse(value);
        return parsed.success ? [parsed.data] : [];
      }),
    ),
  ];
}
