// Imports name their .ts files: vite.config.ts loads this module through src/config/app-config.ts.
import { z } from 'zod';
import { isPartialDate } from './partial-date.ts';
import { isWellFormedText } from './text.ts';
import {
  ACTOR_KINDS,
  CERTAINTIES,
  DATE_QUALIFIERS,
  PLACE_KINDS,
  RELATION_STATUSES,
  RELATION_TYPES,
} from './vocabulary.ts';

/**
 * The dataset format, written once. TypeScript types are inferred from it and
 * public/data/schema.json is generated from it (npm run schema). Checks that need
 * the whole file (references, duplicates, order) live in validate-dataset.ts.
 */

/**
 * Upper bounds on every text, so a hand-edited or hostile file cannot make the page lay out
 * megabytes of one label; generous next to the longest real texts (about 600 characters).
 */
const TEXT_LIMITS = { slug: 100, name: 200, text: 5000, url: 2000 } as const;

export const slugSchema = z
  .string()
  .max(TEXT_LIMITS.slug)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "ho-chi-minh-city"');

export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, {
    message: 'must be a date like 1961, 2014-04 or 2022-03-15',
    abort: true,
  })
  .refine(isPartialDate, 'must be a date like 1961, 2014-04 or 2022-03-15');

export const httpUrlSchema = z
  .string()
  .max(TEXT_LIMITS.url)
  .regex(/^https?:\/\//i, { message: 'must be an http(s) URL', abort: true })
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL');

/** Unpaired surrogates are broken Unicode: no font draws them and every encoder changes them. */
const wellFormed = [isWellFormedText, 'contains broken Unicode (an unpaired surrogate)'] as const;

const text = z
  .string()
  .trim()
  .min(1)
  .max(TEXT_LIMITS.text)
  .refine(...wellFormed);
const name = z
  .string()
  .trim()
  .min(1)
  .max(TEXT_LIMITS.name)
  .refine(...wellFormed);

/** Text in the content languages: German and English are required, Ukrainian and Russian optional. */
export const localizedSchema = z.object({ de: text, en: text, uk: text.optional(), ru: text.optional() });

const placeNamesSchema = z.object({
  de: name,
  en: name,
  uk: name.optional(),
  ru: name.optional(),
  /** The name in the place's own language and script, e.g. "Київ". */
  native: name.optional(),
  /** Other spellings readers search for, e.g. "Kyjiw" beside "Kiew". */
  alt: z.array(name).max(50).optional(),
});

const positionSchema = z.tuple([
  z.number().min(-180).max(180).describe('longitude'),
  z.number().min(-90).max(90).describe('latitude'),
]);

const sourceSchema = z.object({
  title: text,
  publisher: text,
  date: partialDateSchema.optional(),
  /** Absent only for sources known by name and date but not by a link (e.g. a print article). */
  url: httpUrlSchema.optional(),
});

const disputeSchema = z.object({
  /** What the sources disagree on, in the reader's words. */
  note: localizedSchema,
  /** The sources that say otherwise. */
  sources: z.array(slugSchema).min(1),
});

/** Who acted, when it was not the town itself; absent means the town (council, mayor, administration). */
const actorSchema = z.object({
  kind: z.enum(ACTOR_KINDS),
  /** The actor's proper name, e.g. "Kuratorium Bielefeld–Nowgorod". */
  name: text.optional(),
});

const eventSchema = z.object({
  date: partialDateSchema,
  dateQualifier: z.enum(DATE_QUALIFIERS).optional(),
  title: localizedSchema,
  text: localizedSchema.optional(),
  /** The relation's status after this event, when the event changed it. */
  status: z.enum(RELATION_STATUSES).optional(),
  /** The relation's type after this event, when the event changed it. */
  type: z.enum(RELATION_TYPES).optional(),
  sources: z.array(slugSchema).min(1),
  certainty: z.enum(CERTAINTIES).default('verified'),
  dispute: disputeSchema.optional(),
  /**
   * A one-way act (an appeal, a letter sent, a motion, an offer): it shows what one side did,
   * not that the other side answered, so it is not evidence of the relation's status.
   */
  oneWay: z
    .boolean()
    .optional()
    .describe(
      'true for a one-way act (an appeal, a letter sent, a motion, an offer): it records what one side did, not that the relation is alive, so it does not count as evidence of the status. It may set the status "proposed", never "active".',
    ),
  /** Set when an association, citizens or another body acted: such an event is not the town's position. */
  actor: actorSchema
    .optional()
    .describe(
      "who acted when it was not the town itself (an association, citizens, another body): such an event is never the town's position and cannot set the status or type",
    ),
});

const populationSchema = z.object({
  value: z.number().int().positive(),
  year: z.number().int().min(1000).max(2100).optional(),
  sources: z.array(slugSchema).min(1),
  /** What a reader must know about the figure, e.g. that the city objected to a census result. */
  note: localizedSchema
    .optional()
    .describe('a caveat shown with the figure, e.g. that the city objected to a census result'),
});

const placePropertiesSchema = z.object({
  featureType: z.literal('place'),
  id: slugSchema,
  kind: z.enum(PLACE_KINDS),
  names: placeNamesSchema,
  /** ISO 3166-1 alpha-2; absent for international networks. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code like "UA"')
    .optional(),
  /** The place this one lies in (a district in its city, a consulate in its host city). */
  within: slugSchema.optional(),
  geonamesId: z.number().int().positive().optional(),
  population: populationSchema.optional(),
  /** Under military occupation since this date; the place keeps its country (Crimea stays "UA"). */
  occupation: z
    .object({ since: partialDateSchema, sources: z.array(slugSchema).min(1) })
    .optional()
    .describe('under military occupation since this date; the place keeps its country (Crimea stays "UA")'),
});

const relationPropertiesSchema = z.object({
  featureType: z.literal('relation'),
  id: slugSchema,
  from: slugSchema,
  to: slugSchema,
  summary: localizedSchema,
  /** Dated history, oldest first; the relation's type and status are what these events made them. */
  events: z.array(eventSchema).min(1),
});

export const placeFeatureSchema = z.object({
  type: z.literal('Feature'),
  /** Null for what has no place of its own on the map (a network, an institution inside a city). */
  geometry: z.object({ type: z.literal('Point'), coordinates: positionSchema }).nullable(),
  properties: placePropertiesSchema,
});

export const relationFeatureSchema = z.object({
  type: z.literal('Feature'),
  /** The straight segment between both places, so GIS tools draw it; null when either place is unlocated. */
  geometry: z
    .object({ type: z.literal('LineString'), coordinates: z.array(positionSchema).min(2) })
    .nullable(),
  properties: relationPropertiesSchema,
});

/** A map view: [west, south, east, north] in degrees, west may exceed east across the antimeridian. */
const boundsSchema = z.tuple([
  z.number().min(-180).max(180).describe('west'),
  z.number().min(-90).max(90).describe('south'),
  z.number().min(-180).max(180).describe('east'),
  z.number().min(-90).max(90).describe('north'),
]);

const metadataSchema = z.object({
  id: slugSchema,
  title: localizedSchema,
  description: localizedSchema.optional(),
  /** The cities the dataset is about; a city's dataset has one, a national one many. */
  homePlaceIds: z.array(slugSchema).min(1),
  /** What the map shows first; without it, the map fits every located place. */
  initialView: z.object({ bounds: boundsSchema }).optional(),
  updated: partialDateSchema,
  license: text,
  attribution: text,
});

/** A feature before we know whether it is a place or a relation. */
export const anyFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({ featureType: z.enum(['place', 'relation']) }),
});

export const datasetEnvelopeSchema = z.object({
  /** Where editors find this schema, e.g. "./schema.json": VS Code then completes and checks the file. */
  $schema: z.string().optional(),
  type: z.literal('FeatureCollection'),
  metadata: metadataSchema,
  sources: z.record(slugSchema, sourceSchema),
  features: z.array(z.unknown()),
});

/** The whole file, for documentation (schema.json); validation goes feature by feature for clear errors. */
export const datasetSchema = datasetEnvelopeSchema.extend({
  features: z.array(z.union([placeFeatureSchema, relationFeatureSchema])),
});

export type Localized = z.infer<typeof localizedSchema>;
export type PlaceNames = z.infer<typeof placeNamesSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type RelationEvent = z.infer<typeof eventSchema>;
export type PlaceFeature = z.infer<typeof placeFeatureSchema>;
export type RelationFeature = z.infer<typeof relationFeatureSchema>;
export type Place = z.infer<typeof placePropertiesSchema>;
export type Relation = z.infer<typeof relationPropertiesSchema>;
export type DatasetMetadata = z.infer<typeof metadataSchema>;
export type Position = z.infer<typeof positionSchema>;
export type Bounds = z.infer<typeof boundsSchema>;
