import type { CsvError } from './csv-error';
import type { CellLocations } from './locations';
import type { TableRow } from './read-table';
import { listAt, localized, localizedFields, numberAt, text, yes } from './row-values';

const PLACE_FIELDS = {
  'properties.id': 'id',
  'properties.kind': 'kind',
  ...localizedFields('properties.names', 'name'),
  'properties.names.native': 'name_native',
  'properties.names.alt': 'name_alt',
  'properties.country': 'country',
  'properties.within': 'within',
  'properties.geonamesId': 'geonames_id',
  'properties.population': 'population',
  'properties.population.value': 'population',
  'properties.population.year': 'population_year',
  'properties.population.sources': 'population_sources',
  'properties.population.note': 'population_note_de',
  ...localizedFields('properties.population.note', 'population_note'),
  'properties.occupation': 'occupied_since',
  'properties.occupation.since': 'occupied_since',
  'properties.occupation.sources': 'occupation_sources',
  geometry: 'lon',
  'geometry.coordinates[0]': 'lon',
  'geometry.coordinates[1]': 'lat',
};

/** Values given without the value they qualify: reported here, because the schema cannot say which cell. */
function orphanErrors(row: TableRow): CsvError[] {
  const has = (column: string) => row.raw.get(column) !== '';
  const pairs = [
    ['lon', 'lat', 'a place has both coordinates or none'],
    ['lat', 'lon', 'a place has both coordinates or none'],
    ['population_year', 'population', 'a year needs the population figure it belongs to'],
    ['population_sources', 'population', 'sources need the population figure they support'],
    ['population_note_de', 'population', 'a note needs the population figure it explains'],
    ['population_note_en', 'population', 'a note needs the population figure it explains'],
    ['occupation_sources', 'occupied_since', 'sources need the date the occupation began'],
  ] as const;
  return pairs
    .filter(([given, missing]) => has(given) && !has(missing))
    .map(([given, missing, why]) => ({
      file: row.file,
      row: row.row,
      column: missing,
      message: `is empty, but ${given} is given: ${why}`,
    }));
}

/** places.csv rows as GeoJSON Point features (or null geometry), in the schema's key order. */
export function buildPlaces(rows: readonly TableRow[], locations: CellLocations) {
  const errors: CsvError[] = [];
  const features = rows.map((row) => {
    errors.push(...orphanErrors(row));
    const id = text(row, 'id');
    const lon = numberAt(row, 'lon');
    const lat = numberAt(row, 'lat');
    const population = numberAt(row, 'population');
    const occupiedSince = text(row, 'occupied_since');
    if (id !== undefined) locations.add(`place "${id}"`, '', row, PLACE_FIELDS);
    return {
      type: 'Feature',
      geometry:
        lon !== undefined && lat !== undefined
          ? { type: 'Point', coordinates: [lon, lat] as [number, number] }
          : null,
      properties: {
        featureType: 'place',
        id,
        kind: text(row, 'kind'),
        names: {
          ...localized(row, 'name'),
          native: text(row, 'name_native'),
          alt: listAt(row, 'name_alt'),
        },
        country: text(row, 'country'),
        within: text(row, 'within'),
        geonamesId: numberAt(row, 'geonames_id'),
        population:
          population === undefined
            ? undefined
            : {
                value: population,
                year: numberAt(row, 'population_year'),
                sources: listAt(row, 'population_sources'),
                note: localized(row, 'population_note'),
              },
        occupation:
          occupiedSince === undefined
            ? undefined
            : { since: occupiedSince, sources: listAt(row, 'occupation_sources') },
      },
    };
  });
  const homePlaceIds = rows.filter((row) => yes(row, 'home')).flatMap((row) => text(row, 'id') ?? []);
  return { features, homePlaceIds, errors };
}
