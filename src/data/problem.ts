/** One thing wrong with a data file, located well enough to fix it. */
export interface DataProblem {
  /** The record: `place "kyiv"`, `relation "home-kyiv"`, `features[3]`, `sources`, `metadata`. */
  record: string;
  /** The field path inside the record, e.g. `events[2].sources[0]`. */
  path: string;
  message: string;
}

export function formatProblem(problem: DataProblem): string {
  return `${problem.record}${problem.path ? ` › ${problem.path}` : ''}: ${problem.message}`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
