import type { CsvError } from './csv-error';
import type { CellLocations } from './locations';
import type { TableRow } from './read-table';
import { listAt, localized, localizedFields, text, yes } from './row-values';

type Position = [number, number];

const RELATION_FIELDS = {
  'properties.id': 'id',
  'properties.from': 'from',
  'properties.to': 'to',
  'properties.events': 'id',
  ...localizedFields('properties.summary', 'summary'),
};

const EVENT_FIELDS = {
  date: 'date',
  dateQualifier: 'date_qualifier',
  ...localizedFields('title', 'title'),
  text: 'text_de',
  ...localizedFields('text', 'text'),
  status: 'status',
  type: 'type',
  sources: 'sources',
  certainty: 'certainty',
  dispute: 'dispute_de',
  'dispute.note': 'dispute_de',
  ...localizedFields('dispute.note', 'dispute'),
  'dispute.sources': 'dispute_sources',
  oneWay: 'one_way',
  actor: 'actor',
  'actor.kind': 'actor',
  'actor.name': 'actor_name',
};

function buildEvent(row: TableRow) {
  const note = localized(row, 'dispute');
  const disputeSources = listAt(row, 'dispute_sources');
  const actor = text(row, 'actor');
  const actorName = text(row, 'actor_name');
  return {
    date: text(row, 'date'),
    dateQualifier: text(row, 'date_qualifier'),
    title: localized(row, 'title'),
    text: localized(row, 'text'),
    status: text(row, 'status'),
    type: text(row, 'type'),
    sources: listAt(row, 'sources') ?? [],
    certainty: text(row, 'certainty'),
    dispute:
      note === undefined && disputeSources === undefined ? undefined : { note, sources: disputeSources },
    oneWay: yes(row, 'one_way') || undefined,
    actor: actor === undefined && actorName === undefined ? undefined : { kind: actor, name: actorName },
  };
}

/**
 * relations.csv and events.csv rows as LineString features. A relation's events are the rows of
 * events.csv that name it, in the order of the sheet; the line runs between both places' points.
 */
export function buildRelations(
  relationRows: readonly TableRow[],
  eventRows: readonly TableRow[],
  coordinates: ReadonlyMap<string, Position | null>,
  locations: CellLocations,
  eventsRead: boolean,
) {
  const errors: CsvError[] = [];
  const ids = new Set(relationRows.flatMap((row) => text(row, 'id') ?? []));
  const eventsOf = new Map<string, TableRow[]>();
  for (const row of eventRows) {
    const id = text(row, 'relation');
    if (id === undefined) continue;
    if (!ids.has(id)) {
      errors.push({
        file: row.file,
        row: row.row,
        column: 'relation',
        message: `'${id}' is not an id in relations.csv`,
      });
      continue;
    }
    eventsOf.set(id, [...(eventsOf.get(id) ?? []), row]);
  }
  const features = relationRows.map((row) => {
    const id = text(row, 'id');
    const from = text(row, 'from');
    const to = text(row, 'to');
    const rows = (id !== undefined && eventsOf.get(id)) || [];
    if (id !== undefined) {
      const record = `relation "${id}"`;
      locations.add(record, '', row, RELATION_FIELDS);
      rows.forEach((eventRow, index) =>
        locations.add(record, `properties.events[${index}]`, eventRow, EVENT_FIELDS),
      );
      if (rows.length === 0 && eventsRead)
        errors.push({
          file: row.file,
          row: row.row,
          column: 'id',
          message: `'${id}' has no rows in events.csv`,
        });
    }
    const ends = [coordinates.get(from ?? ''), coordinates.get(to ?? '')];
    const line = ends[0] && ends[1] ? { type: 'LineString', coordinates: [ends[0], ends[1]] } : null;
    return {
      type: 'Feature',
      geometry: line,
      properties: {
        featureType: 'relation',
        id,
        from,
        to,
        summary: localized(row, 'summary'),
        events: rows.map(buildEvent),
      },
    };
  });
  return { features, errors };
}
