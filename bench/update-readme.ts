import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

/** Text with the part between the results markers replaced (markers appended when missing). */
export function replaceResults(text: string, results: string): string {
  const block = `${START}\n${results}\n${END}`;
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end < start) return `${text.trimEnd()}\n\n${block}\n`;
  return text.slice(0, start) + block + text.slice(end + END.length);
}

export function updateReadme(file: string, results: string): void {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // first run: the README is created
  }
  writeFileSync(file, replaceResults(text, results));
}
