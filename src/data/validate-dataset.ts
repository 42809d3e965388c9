import { z } from 'zod';
import type { Dataset, PlaceEntry } from './dataset';
import { formatPath, type DataProblem } from './problem';
import { periodStart } from './partial-date';
import {
  anyFeatureSchema,
  datasetEnvelopeSchema,
  placeFeatureSchema,
  relationFeatureSchema,
  type Relation,
  type RelationFeature,
} from './schema';
import { checkRelation } from './validate-relation';

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: DataProblem[] };

function zodProblems(record: string, error: z.ZodError, prefix: readonly PropertyKey[] = []): DataProblem[] {
  return error.issues.map((issue) => ({
    record,
    path: formatPath([...prefix, ...issue.path]),
    message: issue.message,
  }));
}

const featureIdSchema = z.object({ properties: z.object({ id: z.string().min(1) }) });

function rawId(value: unknown): string | undefined {
  const parsed = featureIdSchema.safeParse(value);
  return parsed.success ? parsed.data.properties.id : undefined;
}

function recordName(value: unknown, index: number): string {
  const parsed = anyFeatureSchema.safeParse(value);
  if (!parsed.success) return `features[${index}]`;
  const id = rawId(value);
  return id !== undefined
    ? `${parsed.data.properties.featureType} "${id}"`
    : `features[${index}] (${parsed.data.properties.featureType})`;
}

/**
 * zod drops a "__proto__" key from records (so nothing is polluted) without an issue; the file's
 * author should still hear that the id is not one.
 */
function droppedSourceIds(input: unknown, sources: Readonly<Record<string, unknown>>): DataProblem[] {
  // Read by hand: any zod schema would drop the key again.
  const raw = input !== null && typeof input === 'object' && 'sources' in input ? input.sources : null;
  if (raw === null || typeof raw !== 'object') return [];
  return Object.keys(raw)
    .filter((id) => !Object.hasOwn(sources, id))
    .map((id) => ({ record: 'sources', path: JSON.stringify(id), message: 'not a valid source id' }));
}

/** Checks a parsed JSON value against the format and every cross-reference; never throws. */
export function validateDataset(input: unknown): ValidationResult {
  const envelope = datasetEnvelopeSchema.safeParse(input);
  if (!envelope.success) return { ok: false, problems: zodProblems('dataset', envelope.error) };
  const { metadata, sources, features } = envelope.data;
  const problems: DataProblem[] = [];
  const places = new Map<string, PlaceEntry>();
  const relations: { relation: Relation; geometry: RelationFeature['geometry']; record: string }[] = [];
  const relationIds = new Set<string>();
  // Places that failed their own checks: relations may still refer to them without a second error.
  const brokenPlaces = new Set<string>();

  problems.push(...droppedSourceIds(input, sources));

  features.forEach((raw, index) => {
    const record = recordName(raw, index);
    const kind = anyFeatureSchema.safeParse(raw);
    if (!kind.success) {
      problems.push(...zodProblems(`features[${index}]`, kind.error));
      return;
    }
    if (kind.data.properties.featureType === 'place') {
      const place = placeFeatureSchema.safeParse(raw);
      if (!place.success) {
        const id = rawId(raw);
        if (id !== undefined) brokenPlaces.add(id);
        return problems.push(...zodProblems(record, place.error));
      }
      const { properties, geometry } = place.data;
      if (places.has(properties.id)) {
        problems.push({ record, path: 'properties.id', message: `duplicate place id "${properties.id}"` });
      }
      places.set(properties.id, { ...properties, coordinates: geometry?.coordinates });
      return;
    }
    const relation = relationFeatureSchema.safeParse(raw);
    if (!relation.success) return problems.push(...zodProblems(record, relation.error));
    const { properties, geometry } = relation.data;
    if (relationIds.has(properties.id)) {
      problems.push({ record, path: 'properties.id', message: `duplicate relation id "${properties.id}"` });
    }
    relationIds.add(properties.id);
    relations.push({ relation: properties, geometry, record });
  });

  metadata.homePlaceIds.forEach((id, index) => {
    if (!places.has(id) && !brokenPlaces.has(id)) {
      problems.push({ record: 'metadata', path: `homePlaceIds[${index}]`, message: `no place "${id}"` });
    }
  });
  places.forEach((place) => {
    if (place.within !== undefined && !places.has(place.within) && !brokenPlaces.has(place.within)) {
      problems.push({
        record: `place "${place.id}"`,
        path: 'properties.within',
        message: `no place "${place.within}"`,
      });
    }
    const cited = [
      ...(place.population?.sources ?? []).map((id, i) => [`population.sources[${i}]`, id] as const),
      ...(place.occupation?.sources ?? []).map((id, i) => [`occupation.sources[${i}]`, id] as const),
    ];
    for (const [path, id] of cited) {
      // Own keys only: "constructor" is a valid slug, and every object inherits one.
      if (!Object.hasOwn(sources, id)) {
        problems.push({
          record: `place "${place.id}"`,
          path: `properties.${path}`,
          message: `unknown source "${id}"`,
        });
      }
    }
  });
  for (const { relation, geometry, record } of relations) {
    problems.push(...checkRelation(relation, geometry, { places, brokenPlaces, sources, record }));
  }
  try {
    periodStart(metadata.updated);
  } catch {
    problems.push({ record: 'metadata', path: 'updated', message: 'not a date' });
  }

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, dataset: { metadata, sources, places, relations: relations.map((r) => r.relation) } };
}
