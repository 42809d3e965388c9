import { CSV_COLUMNS, CSV_TABLE_NAMES, csvFileName, type CsvTableName } from '../../data/csv-columns';
import { validateDataset } from '../../data/validate-dataset';
import { buildMetadata, buildSources } from './build-envelope';
import { buildPlaces } from './build-places';
import { buildRelations } from './build-relations';
import { formatCsvError, type CsvError } from './csv-error';
import { checkReferences } from './check-references';
import { CellLocations } from './locations';
import { readCsv } from './read-csv';
import { readTable, type TableRow } from './read-table';
import { text } from './row-values';

export interface CsvInput {
  /** The file's name as the user knows it; its last part says which table it is. */
  file: string;
  text: string;
}

export type ImportResult =
  | { ok: true; json: string; counts: { places: number; relations: number; events: number; sources: number } }
  | { ok: false; errors: string[] };

const baseName = (file: string) => file.split(/[\\/]/).pop()?.toLowerCase() ?? file;

function readTables(inputs: readonly CsvInput[]) {
  const errors: CsvError[] = [];
  const tables = {} as Record<CsvTableName, TableRow[]>;
  // Tables that could not be read at all: their absence of rows says nothing.
  const unread = new Set<CsvTableName>();
  for (const name of CSV_TABLE_NAMES) {
    const input = inputs.find((candidate) => baseName(candidate.file) === csvFileName(name));
    tables[name] = [];
    if (!input) {
      errors.push({ file: csvFileName(name), message: 'the file is missing' });
      unread.add(name);
      continue;
    }
    const sheet = readCsv(csvFileName(name), input.text);
    if (!sheet.ok) {
      errors.push(...sheet.errors);
      unread.add(name);
      continue;
    }
    const table = readTable(sheet.sheet, CSV_COLUMNS[name]);
    tables[name] = table.rows;
    if (table.rows.length === 0 && table.errors.length > 0) unread.add(name);
    errors.push(...table.errors);
  }
  for (const input of inputs) {
    if (!CSV_TABLE_NAMES.some((name) => csvFileName(name) === baseName(input.file)))
      errors.push({
        file: input.file,
        message: `not one of the dataset's files (${CSV_TABLE_NAMES.map(csvFileName).join(', ')})`,
      });
  }
  return { tables, errors, unread };
}

/** Keeps the first row of every id; later rows with the same id are reported and left out. */
function withoutDuplicates(rows: readonly TableRow[], errors: CsvError[]): TableRow[] {
  const first = new Map<string, number>();
  return rows.filter((row) => {
    const id = text(row, 'id');
    if (id === undefined) return true;
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, row.row);
      return true;
    }
    errors.push({
      file: row.file,
      row: row.row,
      column: 'id',
      message: `'${id}' is already the id of row ${earlier}`,
    });
    return false;
  });
}

/** The spreadsheets as a dataset file's text, or every error found, each located by file, row and column. */
export function importCsv(inputs: readonly CsvInput[], schemaReference?: string): ImportResult {
  const { tables, errors, unread } = readTables(inputs);
  const locations = new CellLocations();
  const sources = buildSources(withoutDuplicates(tables.sources, errors), locations);
  const placeRows = withoutDuplicates(tables.places, errors);
  const places = buildPlaces(placeRows, locations);
  errors.push(...places.errors);
  const firstPlace = placeRows.map((row) => text(row, 'id')).find((id) => id !== undefined);
  if (places.homePlaceIds.length === 0 && tables.places.length > 0) {
    errors.push({
      file: 'places.csv',
      column: 'home',
      message: 'no place is marked as a home town: write yes in its home cell',
    });
  }
  const homePlaceIds = places.homePlaceIds.length > 0 ? places.homePlaceIds : [firstPlace ?? 'home'];
  const metadata = buildMetadata(tables.dataset, homePlaceIds, locations);
  errors.push(...metadata.errors);
  const coordinates = new Map(
    places.features.map(
      (feature) => [feature.properties.id ?? '', feature.geometry?.coordinates ?? null] as const,
    ),
  );
  const relationRows = withoutDuplicates(tables.relations, errors);
  const relations = buildRelations(
    relationRows,
    tables.events,
    coordinates,
    locations,
    !unread.has('events'),
  );
  errors.push(...relations.errors);
  const known = { place: new Set(coordinates.keys()), source: new Set(Object.keys(sources)) };
  errors.push(
    ...checkReferences({ places: placeRows, relations: relationRows, events: tables.events }, known),
  );

  const dataset = {
    $schema: schemaReference,
    type: 'FeatureCollection',
    metadata: metadata.metadata,
    sources,
    features: [...places.features, ...relations.features],
  };
  // With a table unreadable the dataset checks would only repeat that its rows are missing.
  const result = unread.size > 0 ? undefined : validateDataset(dataset);
  if (result && !result.ok)
    errors.push(
      ...located(
        result.problems.map((problem) => locations.locate(problem)),
        errors,
      ),
    );
  if (errors.length > 0 || !result?.ok) return { ok: false, errors: sorted(errors).map(formatCsvError) };
  return {
    ok: true,
    json: `${JSON.stringify(dataset, null, 2)}\n`,
    counts: {
      places: result.dataset.places.size,
      relations: relations.features.length,
      events: tables.events.length,
      sources: Object.keys(sources).length,
    },
  };
}

const cellKey = (error: CsvError) => `${error.file}|${error.row ?? ''}|${error.column ?? ''}`;

/** Validator problems at cells that already have an error say the same thing again: left out. */
function located(problems: readonly (CsvError | undefined)[], known: readonly CsvError[]): CsvError[] {
  const seen = new Set(known.map(cellKey));
  return problems.filter((problem): problem is CsvError => {
    if (problem === undefined || (problem.column !== undefined && seen.has(cellKey(problem)))) return false;
    seen.add(cellKey(problem));
    return true;
  });
}

function sorted(errors: readonly CsvError[]): CsvError[] {
  const order = (file: string) => {
    const index = CSV_TABLE_NAMES.findIndex((name) => csvFileName(name) === file);
    return index < 0 ? CSV_TABLE_NAMES.length : index;
  };
  return [...errors].sort((a, b) => order(a.file) - order(b.file) || (a.row ?? 0) - (b.row ?? 0));
}
