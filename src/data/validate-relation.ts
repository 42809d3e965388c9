import type { PlaceEntry } from './dataset';
import type { DataProblem } from './problem';
import { periodStart } from './partial-date';
import type { Relation, RelationFeature, Source } from './schema';

interface RelationContext {
  places: ReadonlyMap<string, PlaceEntry>;
  brokenPlaces: ReadonlySet<string>;
  sources: Readonly<Record<string, Source>>;
  record: string;
}

/** Cross-record checks of one relation: endpoints, geometry, source references, history order and fold. */
export function checkRelation(
  relation: Relation,
  geometry: RelationFeature['geometry'],
  { places, brokenPlaces, sources, record }: RelationContext,
): DataProblem[] {
  const problems: DataProblem[] = [];
  const problem = (path: string, message: string) => problems.push({ record, path, message });
  const from = places.get(relation.from);
  const to = places.get(relation.to);
  if (!from && !brokenPlaces.has(relation.from)) problem('properties.from', `no place "${relation.from}"`);
  if (!to && !brokenPlaces.has(relation.to)) problem('properties.to', `no place "${relation.to}"`);
  if (relation.from === relation.to) problem('properties.to', 'a relation needs two different places');
  if (from && to) {
    const ends = [from.coordinates, to.coordinates];
    const located = ends.every((end) => end !== undefined);
    if (located && geometry === null)
      problem('geometry', 'both places have coordinates: expected a LineString');
    if (!located && geometry !== null) problem('geometry', 'a place has no coordinates: expected null');
    if (located && geometry !== null) {
      const first = geometry.coordinates[0];
      const last = geometry.coordinates[geometry.coordinates.length - 1];
      if (!samePosition(first, ends[0]) || !samePosition(last, ends[1])) {
        problem(
          'geometry.coordinates',
          `line must run from "${relation.from}" to "${relation.to}" (their coordinates)`,
        );
      }
    }
  }

  let started = false;
  let previous: string | undefined;
  for (const [index, event] of relation.events.entries()) {
    const at = `properties.events[${index}]`;
    const refs = [
      ...event.sources.map((id, i) => [`${at}.sources[${i}]`, id] as const),
      ...(event.dispute?.sources ?? []).map((id, i) => [`${at}.dispute.sources[${i}]`, id] as const),
    ];
    // Own keys only: "constructor" is a valid slug, and every object inherits one.
    for (const [path, id] of refs) if (!Object.hasOwn(sources, id)) problem(path, `unknown source "${id}"`);
    if (event.actor && (event.status !== undefined || event.type !== undefined)) {
      problem(
        `${at}.actor`,
        `the actor "${event.actor.kind}" is not the town: its act cannot set the relation's status or type`,
      );
    }
    const start = periodStart(event.date);
    if (previous !== undefined && start < previous) {
      problem(
        `${at}.date`,
        `${event.date} comes before the previous event (${previous}): events must be in date order`,
      );
    }
    previous = start;
    if (event.oneWay === true && event.status === 'active') {
      problem(
        `${at}.status`,
        'a one-way act (appeal, letter, motion) cannot make a relation active: it is no evidence the other side takes part',
      );
    }
    if (!started && event.type !== undefined && event.status === undefined) {
      problem(
        `${at}.type`,
        'changes the type of a relation that has not started (no event with a status before it)',
      );
    }
    if (!started && event.status !== undefined) {
      if (event.type === undefined)
        problem(`${at}.type`, 'the event that starts a relation must give its type');
      started = true;
    }
  }
  if (!started) problem('properties.events', 'no event gives the relation a status, so it never starts');
  return problems;
}

function samePosition(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}
