import type { CsvError } from './csv-error';
import type { CellLocations } from './locations';
import type { TableRow } from './read-table';
import { localized, localizedFields, validText as text } from './row-values';

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
