import { summarizeDataset } from '../data/summarize-dataset';
import { formatProblem } from '../data/problem';
import { parseDatasetText } from '../data/parse-dataset-text';

/** The validator's report for one file's text: a one-line summary, or one line per problem. */
export function validateDataFile(file: string, text: string | Error): { ok: boolean; text: string[] } {
  if (text instanceof Error) return { ok: false, text: [`${file}: cannot read file: ${text.message}`] };
  const result = parseDatasetText(text);
  if (!result.ok) {
    return {
      ok: false,
      text: [
        `${file}: ${result.problems.length} problem(s)`,
        ...result.problems.map((problem) => `${file}: ${formatProblem(problem)}`),
      ],
    };
  }
  return { ok: true, text: [`${file}: valid — ${summarizeDataset(result.dataset)}`] };
}
