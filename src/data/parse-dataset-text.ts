import { parseJson } from './parse-json';
import { validateDataset, type ValidationResult } from './validate-dataset';

/** Parses and validates a dataset file's text; JSON syntax errors become a problem like any other. */
export function parseDatasetText(text: string): ValidationResult {
  const json = parseJson(text, 'file');
  return json.ok ? validateDataset(json.value) : { ok: false, problems: [json.problem] };
}
