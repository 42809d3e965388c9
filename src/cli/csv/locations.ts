import type { DataProblem } from '../../data/problem';
import type { CsvError } from './csv-error';
import type { TableRow } from './read-table';

interface Location {
  row: TableRow;
  column?: string;
}

/**
 * Remembers which spreadsheet cell each field of the built dataset came from, so the dataset
 * validator's problems (`relation "x" › properties.events[2].sources[0]`) can be told as
 * `events.csv row 14, column sources`.
 */
export class CellLocations {
  readonly #locations = new Map<string, Location>();

  /** `fields` maps field paths below `prefix` to the columns they come from. */
  add(record: string, prefix: string, row: TableRow, fields: Record<string, string> = {}): void {
    this.#locations.set(`${record}|${prefix}`, { row });
    for (const [field, column] of Object.entries(fields)) {
      this.#locations.set(`${record}|${prefix}${prefix && !field.startsWith('[') ? '.' : ''}${field}`, {
        row,
        column,
      });
    }
  }

  /** The spreadsheet error for a validator problem, or undefined when that cell was reported already. */
  locate(problem: DataProblem): CsvError | undefined {
    const location = this.#find(problem.record, problem.path);
    if (!location)
      return { file: 'dataset', message: `${problem.record} ${problem.path}: ${problem.message}` };
    const { row, column } = location;
    if (column !== undefined && row.failed.has(column)) return undefined;
    const raw = column === undefined ? '' : (row.raw.get(column) ?? '');
    return { file: row.file, row: row.row, column, message: describe(problem.message, raw) };
  }

  #find(record: string, path: string): Location | undefined {
    let current = path;
    for (;;) {
      const found = this.#locations.get(`${record}|${current}`);
      if (found) return found;
      if (current === '') return undefined;
      current = current.replace(/(?:\.[^.[\]]+|\[\d+\]|^[^.[\]]+)$/, '');
    }
  }
}

function describe(message: string, raw: string): string {
  const hint = message.startsWith('unknown source')
    ? ': list it in sources.csv'
    : message.startsWith('no place')
      ? ': list it in places.csv'
      : '';
  if (raw === '')
    return /received undefined/.test(message) ? 'is empty, but a value is required here' : message + hint;
  return `'${raw}': ${message}${hint}`;
}
