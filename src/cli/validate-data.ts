import { readFileSync } from 'node:fs';
import { validateDataFile } from './validate-data-file';

/** `npm run validate-data -- <file> [more files]`: exit 0 with a summary line per valid file, else 1. */
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run validate-data -- <dataset.geojson> [more files]');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  const lines = validateDataFile(file, readText(file));
  failed ||= !lines.ok;
  (lines.ok ? console.log : console.error)(lines.text.join('\n'));
}
process.exit(failed ? 1 : 0);

function readText(file: string): string | Error {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
