import { validateDataset, type ValidationResult } from './validate-dataset';

/** Parses and validates a dataset file's text; JSON syntax errors become a problem like any other. */
export function parseDatasetText(text: string): ValidationResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ record: 'file', path: '', message: `not valid JSON: ${message}` }] };
  }
  return validateDataset(json);
}
