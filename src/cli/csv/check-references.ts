import type { CsvError } from './csv-error';
import type { TableRow } from './read-table';
import { listAt, text } from './row-values';

const REFERENCES = {
  places: { within: 'place', population_sources: 'source', occupation_sources: 'source' },
  relations: { from: 'place', to: 'place' },
  events: { sources: 'source', dispute_sources: 'source' },
} as const;

/**
 * Every id a row names must be a row of places.csv or sources.csv. Checked here rather than left to
 * the dataset validator, which skips the references of a relation that has other problems.
 */
export function checkReferences(
  tables: Record<keyof typeof REFERENCES, readonly TableRow[]>,
  known: { place: ReadonlySet<string>; source: ReadonlySet<string> },
): CsvError[] {
  const errors: CsvError[] = [];
  for (const [table, columns] of Object.entries(REFERENCES) as [
    keyof typeof REFERENCES,
    Record<string, 'place' | 'source'>,
  ][]) {
    for (const row of tables[table]) {
      for (const [column, kind] of Object.entries(columns)) {
        if (row.failed.has(column)) continue;
        const ids = listAt(row, column) ?? [text(row, column)].filter((id) => id !== undefined);
        const missing = ids.filter((id) => !known[kind].has(id));
        if (missing.length > 0) {
          errors.push({
            file: row.file,
            row: row.row,
            column,
            message: `${missing.map((id) => `'${id}'`).join(', ')}: no such ${kind}; list it in ${kind}s.csv`,
          });
        }
      }
    }
  }
  return errors;
}
