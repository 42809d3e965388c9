import type { Dataset, PlaceEntry } from './dataset';
import { CSV_COLUMNS, LIST_SEPARATOR, type CsvTableName } from './csv-columns';
import type { Localized, Relation, RelationEvent, Source } from './schema';

/** One table as text cells, header row first, ready for a CSV writer. */
export type CsvTable = string[][];

type Cells = Record<string, string | number | undefined>;

const list = (items: readonly string[] | undefined): string | undefined =>
  items && items.length > 0 ? items.join(` ${LIST_SEPARATOR} `) : undefined;

function localizedCells(prefix: string, text: Localized | undefined): Cells {
  return {
    [`${prefix}_de`]: text?.de,
    [`${prefix}_en`]: text?.en,
    [`${prefix}_uk`]: text?.uk,
    [`${prefix}_ru`]: text?.ru,
  };
}

function table(name: CsvTableName, records: readonly Cells[]): CsvTable {
  const header = CSV_COLUMNS[name].map((column) => column.name);
  return [header, ...records.map((cells) => header.map((key) => String(cells[key] ?? '')))];
}

function placeCells(place: PlaceEntry, homes: ReadonlySet<string>): Cells {
  return {
    id: place.id,
    kind: place.kind,
    home: homes.has(place.id) ? 'yes' : undefined,
    ...localizedCells('name', place.names),
    name_native: place.names.native,
    name_alt: list(place.names.alt),
    country: place.country,
    within: place.within,
    lon: place.coordinates?.[0],
    lat: place.coordinates?.[1],
    geonames_id: place.geonamesId,
    population: place.population?.value,
    population_year: place.population?.year,
    population_sources: list(place.population?.sources),
    ...localizedCells('population_note', place.population?.note),
    occupied_since: place.occupation?.since,
    occupation_sources: list(place.occupation?.sources),
  };
}

function eventCells(relation: Relation, event: RelationEvent): Cells {
  return {
    relation: relation.id,
    date: event.date,
    date_qualifier: event.dateQualifier,
    status: event.status,
    type: event.type,
    one_way: event.oneWay ? 'yes' : undefined,
    actor: event.actor?.kind,
    actor_name: event.actor?.name,
    ...localizedCells('title', event.title),
    ...localizedCells('text', event.text),
    sources: list(event.sources),
    // "verified" is the default: an empty cell keeps the sheet quiet where nothing needs saying.
    certainty: event.certainty === 'verified' ? undefined : event.certainty,
    ...localizedCells('dispute', event.dispute?.note),
    dispute_sources: list(event.dispute?.sources),
  };
}

function sourceCells(id: string, source: Source): Cells {
  return { id, title: source.title, publisher: source.publisher, date: source.date, url: source.url };
}

/** A dataset (or a filtered view of one) as the five CSV tables of the spreadsheet workflow. */
export function datasetToCsvTables(dataset: Dataset): Record<CsvTableName, CsvTable> {
  const { metadata } = dataset;
  const homes = new Set(metadata.homePlaceIds);
  return {
    dataset: table('dataset', [
      {
        id: metadata.id,
        ...localizedCells('title', metadata.title),
        ...localizedCells('description', metadata.description),
        view_west: metadata.initialView?.bounds[0],
        view_south: metadata.initialView?.bounds[1],
        view_east: metadata.initialView?.bounds[2],
        view_north: metadata.initialView?.bounds[3],
        updated: metadata.updated,
        license: metadata.license,
        attribution: metadata.attribution,
      },
    ]),
    sources: table(
      'sources',
      Object.entries(dataset.sources).map(([id, source]) => sourceCells(id, source)),
    ),
    places: table(
      'places',
      [...dataset.places.values()].map((place) => placeCells(place, homes)),
    ),
    relations: table(
      'relations',
      dataset.relations.map((relation) => ({
        id: relation.id,
        from: relation.from,
        to: relation.to,
        ...localizedCells('summary', relation.summary),
      })),
    ),
    events: table(
      'events',
      dataset.relations.flatMap((relation) => relation.events.map((event) => eventCells(relation, event))),
    ),
  };
}
