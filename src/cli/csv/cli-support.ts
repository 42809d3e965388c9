import { renameSync, rmSync, writeFileSync } from 'node:fs';

/** Parsed command line: positional arguments, `-o`/`--output`, boolean flags and valued options. */
export interface CliArguments {
  inputs: string[];
  output?: string;
  flags: Set<string>;
  options: Map<string, string>;
}

export function parseArguments(argv: readonly string[], valued: readonly string[] = []): CliArguments {
  const result: CliArguments = { inputs: [], flags: new Set(), options: new Map() };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    const [name = '', inline] = argument.split(/=(.*)/s, 2);
    const next = () => inline ?? argv[++index];
    if (name === '-o' || name === '--output') result.output = next();
    else if (valued.includes(name)) result.options.set(name, next() ?? '');
    else if (argument.startsWith('-')) result.flags.add(argument);
    else result.inputs.push(argument);
  }
  return result;
}

/** Write-then-rename: the target is either the old file or the whole new one, never half of it. */
export function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Runs a command's main function; an unexpected failure is one plain line, never a stack trace. */
export function runCli(main: () => number): void {
  try {
    process.exitCode = main();
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
