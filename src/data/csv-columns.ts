import {
  ACTOR_KINDS,
  CERTAINTIES,
  DATE_QUALIFIERS,
  PLACE_KINDS,
  RELATION_STATUSES,
  RELATION_TYPES,
} from './vocabulary';

/**
 * The spreadsheet form of a dataset: one CSV file per table, one column per field. The import and
 * export tools and the readers' CSV download all use these definitions, so the columns are the same
 * everywhere. docs/data-guide.md explains every column to the people who fill them in.
 */

/**
 * Separates the items of a list inside one cell ("lvz-2022-03 | mdr-2024-08"). Neither comma nor
 * semicolon: German Excel uses the semicolon between columns, others the comma.
 */
export const LIST_SEPARATOR = '|';

/** How a cell is read: `id` a lowercase slug, `*-list` several values joined by LIST_SEPARATOR. */
type CsvCellKind =
  | 'text'
  | 'id'
  | 'id-list'
  | 'text-list'
  | 'date'
  | 'number'
  | 'integer'
  | 'choice'
  | 'url'
  | 'yes-no'
  | 'country';

export interface CsvColumn {
  name: string;
  kind: CsvCellKind;
  /** A row is wrong without a value here; the column itself must then be in the header. */
  required: boolean;
  /** The allowed values of a `choice` column. */
  choices?: readonly string[];
  /** A `number` column's values lie between -limit and limit (180 for longitudes, 90 for latitudes). */
  limit?: number;
  /** What the column holds, in plain words (shown in error messages and `--help`). */
  label: string;
}

export const CSV_TABLE_NAMES = ['dataset', 'sources', 'places', 'relations', 'events'] as const;
export type CsvTableName = (typeof CSV_TABLE_NAMES)[number];

export function csvFileName(table: CsvTableName): string {
  return `${table}.csv`;
}

const column = (
  name: string,
  kind: CsvCellKind,
  label: string,
  options: { required?: boolean; choices?: readonly string[]; limit?: number } = {},
): CsvColumn => ({ name, kind, label, required: options.required ?? false, ...options });

/** `name_de`, `name_en` (required unless `optional`), `name_uk`, `name_ru`: a text in every content language. */
function localized(prefix: string, label: string, optional = false): CsvColumn[] {
  const languages = [
    ['de', 'German', !optional],
    ['en', 'English', !optional],
    ['uk', 'Ukrainian', false],
    ['ru', 'Russian', false],
  ] as const;
  return languages.map(([code, language, required]) =>
    column(`${prefix}_${code}`, 'text', `${label} in ${language}`, { required }),
  );
}

export const CSV_COLUMNS: Readonly<Record<CsvTableName, readonly CsvColumn[]>> = {
  dataset: [
    column('id', 'id', 'the dataset id', { required: true }),
    ...localized('title', 'the title'),
    ...localized('description', 'the description', true),
    column('view_west', 'number', 'the western edge of the first map view (longitude)', { limit: 180 }),
    column('view_south', 'number', 'the southern edge of the first map view (latitude)', { limit: 90 }),
    column('view_east', 'number', 'the eastern edge of the first map view (longitude)', { limit: 180 }),
    column('view_north', 'number', 'the northern edge of the first map view (latitude)', { limit: 90 }),
    column('updated', 'date', 'the date of the last update', { required: true }),
    column('license', 'text', 'the licence', { required: true }),
    column('attribution', 'text', 'the attribution', { required: true }),
  ],
  sources: [
    column('id', 'id', 'the source id', { required: true }),
    column('title', 'text', 'the title', { required: true }),
    column('publisher', 'text', 'the publisher', { required: true }),
    column('date', 'date', 'the publication date'),
    column('url', 'url', 'the link'),
  ],
  places: [
    column('id', 'id', 'the place id', { required: true }),
    column('kind', 'choice', 'the kind of place', { required: true, choices: PLACE_KINDS }),
    column('home', 'yes-no', 'whether this is a home town of the dataset'),
    ...localized('name', 'the name'),
    column('name_native', 'text', 'the name in its own language'),
    column('name_alt', 'text-list', 'other spellings'),
    column('country', 'country', 'the country code'),
    column('within', 'id', 'the place it lies in'),
    column('lon', 'number', 'the longitude', { limit: 180 }),
    column('lat', 'number', 'the latitude', { limit: 90 }),
    column('geonames_id', 'integer', 'the GeoNames id'),
    column('population', 'integer', 'the population'),
    column('population_year', 'integer', 'the year of the population figure'),
    column('population_sources', 'id-list', 'the sources of the population figure'),
    ...localized('population_note', 'a caveat about the population figure', true),
    column('occupied_since', 'date', 'the start of the occupation'),
    column('occupation_sources', 'id-list', 'the sources of the occupation'),
  ],
  relations: [
    column('id', 'id', 'the relation id', { required: true }),
    column('from', 'id', 'the home place', { required: true }),
    column('to', 'id', 'the partner place', { required: true }),
    ...localized('summary', 'the summary'),
  ],
  events: [
    column('relation', 'id', 'the relation id', { required: true }),
    column('date', 'date', 'the date', { required: true }),
    column('date_qualifier', 'choice', 'the date qualifier', { choices: DATE_QUALIFIERS }),
    column('status', 'choice', 'the status after the event', { choices: RELATION_STATUSES }),
    column('type', 'choice', 'the type after the event', { choices: RELATION_TYPES }),
    column('one_way', 'yes-no', 'whether the event is a one-way act (not evidence of the status)'),
    column('actor', 'choice', 'who acted, if not the town', { choices: ACTOR_KINDS }),
    column('actor_name', 'text', "the actor's name"),
    ...localized('title', 'the title'),
    ...localized('text', 'the text', true),
    column('sources', 'id-list', 'the sources', { required: true }),
    column('certainty', 'choice', 'the certainty', { choices: CERTAINTIES }),
    ...localized('dispute', 'what the sources disagree on', true),
    column('dispute_sources', 'id-list', 'the sources that say otherwise'),
  ],
};
