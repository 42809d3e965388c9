import { z } from 'zod';
import type { Filters } from '../data/filters';
import { slugSchema } from '../data/schema';
import { truncateText } from '../data/text';
import { countryCodeSchema, daySchema, keepValid, MAX_QUERY_LENGTH } from '../state/incoming-value-schemas';
import { RELATION_STATUSES, RELATION_TYPES } from '../data/vocabulary';

/**
 * The postMessage protocol between the embedded map and the page that frames it.
 * Outbound messages name the map in `source`, inbound commands in `target`, so
 * neither side mistakes its own messages or another widget's for the other's.
 */
export const PROTOCOL_ID = 'city-relations-map';

/** Keeps the values this version knows: a host written for a newer vocabulary still gets those. */
function lenientList<T>(item: z.ZodType<T>) {
  return z.array(z.unknown()).transform((values) => keepValid(values, item));
}

const target = z.literal(PROTOCOL_ID);

const selectCommandSchema = z.object({
  target,
  type: z.literal('select'),
  /** Place id to open, or null to close the panel. */
  city: slugSchema.nullable(),
});

const setFiltersCommandSchema = z.object({
  target,
  type: z.literal('setFilters'),
  /** Each filter is optional; an absent one stays as it is. */
  filters: z.object({
    status: lenientList(z.enum(RELATION_STATUSES)).optional(),
    type: lenientList(z.enum(RELATION_TYPES)).optional(),
    country: lenientList(countryCodeSchema).optional(),
    q: z
      .string()
      .transform((q) => truncateText(q, MAX_QUERY_LENGTH))
      .optional(),
  }) satisfies z.ZodType<Partial<Filters>>,
});

const setDateCommandSchema = z.object({
  target,
  type: z.literal('setDate'),
  /** "As of" day as YYYY-MM-DD (year or month precision is widened to its first day); null = today. */
  at: daySchema.nullable(),
});

const hostCommandSchema = z.discriminatedUnion('type', [
  selectCommandSchema,
  setFiltersCommandSchema,
  setDateCommandSchema,
]);

export type HostCommand = z.infer<typeof hostCommandSchema>;

/** The command in a message event's data, or undefined for anything else (never throws). */
export function parseHostCommand(data: unknown): HostCommand | undefined {
  const parsed = hostCommandSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Origins are compared as exact strings. "*" is not supported (it would let any site
 * drive the map), and neither is "null", the opaque origin every sandboxed frame shares.
 */
export function isAllowedOrigin(origin: string, allowedOrigins: readonly string[]): boolean {
  return origin !== 'null' && origin !== '*' && allowedOrigins.includes(origin);
}

/** A place's names as sent to the host: the two page languages and the place's own. */
export interface PlaceNamesMessage {
  de: string;
  en: string;
  native?: string;
}

export interface ReadyMessage {
  source: typeof PROTOCOL_ID;
  type: 'ready';
}

export interface ResizeMessage {
  source: typeof PROTOCOL_ID;
  type: 'resize';
  /** Height in whole CSS px the frame needs to show the map page without scrolling. */
  height: number;
}

export interface SelectMessage {
  source: typeof PROTOCOL_ID;
  type: 'select';
  /** Place id of the open panel, or null when the panel closed. */
  city: string | null;
  names: PlaceNamesMessage | null;
}

export interface FilterMessage {
  source: typeof PROTOCOL_ID;
  type: 'filter';
  filters: Filters & {
    /** "As of" day, YYYY-MM-DD; null = today. */
    at: string | null;
    /** First day of a "what changed" comparison, YYYY-MM-DD; null = no comparison. */
    from: string | null;
  };
}

export type AppMessage = ReadyMessage | ResizeMessage | SelectMessage | FilterMessage;

export function readyMessage(): ReadyMessage {
  return { source: PROTOCOL_ID, type: 'ready' };
}

/** Rounds up: a frame half a pixel too short would show a scrollbar. */
export function resizeMessage(height: number): ResizeMessage {
  return { source: PROTOCOL_ID, type: 'resize', height: Math.ceil(height) };
}

/** Copies only the protocol's fields, so the host never sees whatever else the caller's object holds. */
export function selectMessage(city: string | null, names: PlaceNamesMessage | null): SelectMessage {
  const sent =
    names === null
      ? null
      : { de: names.de, en: names.en, ...(names.native === undefined ? {} : { native: names.native }) };
  return { source: PROTOCOL_ID, type: 'select', city, names: city === null ? null : sent };
}

export function filterMessage(filters: FilterMessage['filters']): FilterMessage {
  const { status, type, country, q, at, from } = filters;
  return {
    source: PROTOCOL_ID,
    type: 'filter',
    filters: { status: [...status], type: [...type], country: [...country], q, at, from },
  };
}
