import type { CsvError } from './csv-error';
import type { CellLocations } from './locations';
import type { TableRow } from './read-table';
import { localized, localizedFields, numberAt, validText as text } from './row-values';

/*
 * The dataset validator checks metadata and sources before any feature and stops there when they
 * are wrong. Cells reported as wrong already get a stand-in value here, so that one bad source
 * title does not hide the problems of every place and event. Nothing is written when errors exist.
 */
const STAND_IN = '?';

export function buildMetadata(rows: readonly TableRow[], homePlaceIds: string[], locations: CellLocations) {
  const errors: CsvError[] = [];
  const [row, ...extra] = rows;
  for (const more of extra) {
    errors.push({
      file: more.file,
      row: more.row,
      message: 'dataset.csv holds one row only, describing the whole dataset',
    });
  }
  if (row === undefined) {
    errors.push({ file: 'dataset.csv', message: 'needs one row below the header, describing the dataset' });
  } else {
    locations.add('dataset', 'metadata', row, {
      id: 'id',
      ...localizedFields('title', 'title'),
      description: 'description_de',
      ...localizedFields('description', 'description'),
      initialView: 'view_west',
      'initialView.bounds': 'view_west',
      'initialView.bounds[0]': 'view_west',
      'initialView.bounds[1]': 'view_south',
      'initialView.bounds[2]': 'view_east',
      'initialView.bounds[3]': 'view_north',
      updated: 'updated',
      license: 'license',
      attribution: 'attribution',
    });
  }
  const value = (column: string, standIn = STAND_IN) =>
    (row && text(row, column)) ?? (row === undefined || row.failed.has(column) ? standIn : undefined);
  return {
    metadata: {
      id: value('id', 'dataset'),
      title: (row && localized(row, 'title', STAND_IN)) ?? { de: STAND_IN, en: STAND_IN },
      description: row && localized(row, 'description'),
      homePlaceIds,
      initialView: row && initialView(row, errors),
      updated: value('updated', '1000'),
      license: value('license'),
      attribution: value('attribution'),
    },
    errors,
  };
}

export function buildSources(rows: readonly TableRow[], locations: CellLocations) {
  const sources: Record<string, unknown> = {};
  for (const row of rows) {
    const id = text(row, 'id');
    if (id === undefined) continue;
    locations.add('dataset', `sources.${id}`, row, {
      title: 'title',
      publisher: 'publisher',
      date: 'date',
      url: 'url',
    });
    const value = (column: string) => text(row, column) ?? (row.failed.has(column) ? STAND_IN : undefined);
    sources[id] = {
      title: value('title'),
      publisher: value('publisher'),
      date: text(row, 'date'),
      url: text(row, 'url'),
    };
  }
  return sources;
}

const EDGES = ['view_west', 'view_south', 'view_east', 'view_north'] as const;

/** The first map view: all four edges or none. */
function initialView(row: TableRow, errors: CsvError[]) {
  const edges = EDGES.map((column) => numberAt(row, column));
  const given = EDGES.filter((column) => row.raw.get(column) !== '');
  if (given.length === 0) return undefined;
  if (given.length < EDGES.length) {
    for (const column of EDGES.filter((edge) => row.raw.get(edge) === ''))
      errors.push({
        file: row.file,
        row: row.row,
        column,
        message: 'is empty: give all four edges of the first view, or none',
      });
    return undefined;
  }
  return edges.every((edge) => edge !== undefined) ? { bounds: edges } : undefined;
}
