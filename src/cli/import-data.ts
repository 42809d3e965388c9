import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSV_TABLE_NAMES, csvFileName, LIST_SEPARATOR } from '../data/csv-columns';
import { parseArguments, runCli, writeAtomically } from './csv/cli-support';
import { importCsv, type CsvInput } from './csv/import-csv';

const HELP = `Converts the dataset's spreadsheets (CSV) into a validated dataset file (GeoJSON).

usage: npm run import-data -- <folder or CSV files> -o <dataset.geojson>

The folder holds ${CSV_TABLE_NAMES.map(csvFileName).join(', ')} (as export-data writes them).
Files are UTF-8, with or without byte order mark, separated by commas or semicolons, with a
header row. Lists inside a cell (sources, other spellings) are separated by ${LIST_SEPARATOR}.
Every error is reported at once with its file, row and column; the output file is written only
when there is none. Columns and values: docs/data-guide.md.

exit status: 0 written, 1 errors in the data, 2 wrong usage`;

const schemaFile = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/data/schema.json');

/** How the dataset file names its JSON schema, relative to where it is written, for editors. */
function schemaReference(output: string): string {
  const path = relative(dirname(resolve(output)), schemaFile)
    .split(sep)
    .join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

function readInputs(paths: readonly string[]): CsvInput[] {
  return paths
    .flatMap((path) =>
      statSync(path).isDirectory()
        ? readdirSync(path)
            .filter((name) => name.toLowerCase().endsWith('.csv'))
            .map((name) => join(path, name))
        : [path],
    )
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

runCli(() => {
  const args = parseArguments(process.argv.slice(2));
  if (args.flags.has('--help') || args.flags.has('-h')) {
    console.log(HELP);
    return 0;
  }
  if (args.inputs.length === 0 || !args.output || args.flags.size > 0) {
    console.error(
      `${[...args.flags].map((flag) => `unknown option ${flag}\n`).join('')}usage: npm run import-data -- <folder or CSV files> -o <dataset.geojson> (--help for more)`,
    );
    return 2;
  }
  const result = importCsv(readInputs(args.inputs), schemaReference(args.output));
  if (!result.ok) {
    console.error(result.errors.join('\n'));
    console.error(`${result.errors.length} error(s): nothing written`);
    return 1;
  }
  writeAtomically(args.output, result.json);
  const { places, relations, events, sources } = result.counts;
  console.log(
    `${args.output}: written and valid — ${places} places, ${relations} relations, ${events} events, ${sources} sources`,
  );
  return 0;
});
