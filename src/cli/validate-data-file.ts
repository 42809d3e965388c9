import { summarizeDataset } from '../data/summarize-dataset';
import { formatProblem } from '../data/problem';
import { parseDatasetBytes, parseDatasetText } from '../data/parse-dataset-text';

/** The validator's report for one file's text or bytes: a one-line summary, or one line per problem. */
export function validateDataFile(
  file: string,
  content: string | Uint8Array | Error,
): { ok: boolean; text: string[] } {
  if (content instanceof Error) return { ok: false, text: [`${file}: cannot read file: ${content.message}`] };
  const result = typeof content === 'string' ? parseDatasetText(content) : parseDatasetBytes(content);
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
