import { readFileSync, statSync } from 'node:fs';
import { MAX_DATA_FILE_BYTES, tooLargeProblem } from '../data/decode-data-file';
import { validateDataFile } from './validate-data-file';

/**
 * `npm run validate-data -- <file> [more files]`: exit 0 with a summary line per valid file, else 1.
 * Whatever a file holds, the output is a report, never a stack trace.
 */
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run validate-data -- <dataset.geojson> [more files]');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  let lines: { ok: boolean; text: string[] };
  try {
    lines = validateDataFile(file, readBytes(file));
  } catch (error) {
    lines = { ok: false, text: [`${file}: could not be checked: ${messageOf(error)}`] };
  }
  failed ||= !lines.ok;
  (lines.ok ? console.log : console.error)(lines.text.join('\n'));
}
process.exit(failed ? 1 : 0);

function readBytes(file: string): Uint8Array | Error {
  try {
    // Checked before reading, so a huge file is refused without filling memory.
    const { size } = statSync(file);
    if (size > MAX_DATA_FILE_BYTES) return new Error(tooLargeProblem(size).message);
    return readFileSync(file);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
