import type { DataProblem } from './problem';

/** JSON text to a value, or the syntax error as a problem of `record`, for files people edit by hand. */
export function parseJson(
  text: string,
  record: string,
): { ok: true; value: unknown } | { ok: false; problem: DataProblem } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { record, path: '', message: `not valid JSON: ${message}` } };
  }
}
