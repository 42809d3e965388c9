import { decodeDataFile } from './decode-data-file';
import { parseJson } from './parse-json';
import { validateDataset, type ValidationResult } from './validate-dataset';

/** Parses and validates a dataset file's text; JSON syntax errors become a problem like any other. */
export function parseDatasetText(text: string): ValidationResult {
  // Editors on Windows like to start UTF-8 files with a byte order mark, which JSON.parse refuses.
  const json = parseJson(text.startsWith('\uFEFF') ? text.slice(1) : text, 'file');
  return json.ok ? validateDataset(json.value) : { ok: false, problems: [json.problem] };
}

/** The same for a file's raw bytes (as read from disk or the network): strict UTF-8, size limit. */
export function parseDatasetBytes(bytes: Uint8Array): ValidationResult {
  const decoded = decodeDataFile(bytes);
  return decoded.ok ? parseDatasetText(decoded.text) : { ok: false, problems: [decoded.problem] };
}
