import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSV_TABLE_NAMES, csvFileName } from '../data/csv-columns';
import { parseDatasetText } from '../data/parse-dataset-text';
import { formatProblem } from '../data/problem';
import { parseArguments, runCli, writeAtomically } from './csv/cli-support';
import { exportCsv } from './csv/export-csv';

const HELP = `Writes a dataset file (GeoJSON) as the spreadsheets (CSV) that import-data reads back.

usage: npm run export-data -- <dataset.geojson> -o <folder> [--delimiter semicolon|comma]

Writes ${CSV_TABLE_NAMES.map(csvFileName).join(', ')} into the folder (created if
needed, files there replaced). UTF-8 with byte order mark; columns separated by semicolons, as
German Excel expects, or by commas with --delimiter comma. Columns: docs/data-guide.md.

exit status: 0 written, 1 the dataset is not valid or cannot be read, 2 wrong usage`;

runCli(() => {
  const args = parseArguments(process.argv.slice(2), ['--delimiter']);
  if (args.flags.has('--help') || args.flags.has('-h')) {
    console.log(HELP);
    return 0;
  }
  const delimiter = args.options.get('--delimiter') ?? 'semicolon';
  const [input, ...extra] = args.inputs;
  if (
    !input ||
    extra.length > 0 ||
    !args.output ||
    args.flags.size > 0 ||
    !['semicolon', 'comma'].includes(delimiter)
  ) {
    console.error(
      'usage: npm run export-data -- <dataset.geojson> -o <folder> [--delimiter semicolon|comma] (--help for more)',
    );
    return 2;
  }
  const result = parseDatasetText(readFileSync(input, 'utf8'));
  if (!result.ok) {
    console.error(result.problems.map((problem) => `${input}: ${formatProblem(problem)}`).join('\n'));
    console.error(`${input}: ${result.problems.length} problem(s): nothing written`);
    return 1;
  }
  mkdirSync(args.output, { recursive: true });
  for (const { file, text } of exportCsv(result.dataset, delimiter === 'comma' ? ',' : ';')) {
    writeAtomically(join(args.output, file), text);
  }
  console.log(`${args.output}: wrote ${CSV_TABLE_NAMES.map(csvFileName).join(', ')}`);
  return 0;
});
