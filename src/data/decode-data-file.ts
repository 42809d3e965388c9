import type { DataProblem } from './problem';

/** The largest data file the app and the validator accept: far above real datasets (~140 KB). */
export const MAX_DATA_FILE_BYTES = 25 * 1024 * 1024;

export type DecodedText = { ok: true; text: string } | { ok: false; problem: DataProblem };

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The problem of a file that is too large, known from its length before it is read. */
export function tooLargeProblem(bytes: number): DataProblem {
  return {
    record: 'file',
    path: '',
    message: `too large: ${megabytes(bytes)} (the limit is ${megabytes(MAX_DATA_FILE_BYTES)})`,
  };
}

/**
 * A data file's bytes as text. UTF-8 only, strictly: a file saved in another encoding would
 * otherwise show wrong letters without any error. A byte order mark is dropped.
 */
export function decodeDataFile(bytes: Uint8Array): DecodedText {
  if (bytes.byteLength > MAX_DATA_FILE_BYTES)
    return { ok: false, problem: tooLargeProblem(bytes.byteLength) };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
    return {
      ok: false,
      problem: {
        record: 'file',
        path: '',
        message: `is not UTF-8 text (first bad byte on line ${line}); save it as UTF-8`,
      },
    };
  }
}
