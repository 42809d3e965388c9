import { MAX_DATA_FILE_BYTES } from './decode-data-file';

/** Why a file could not be fetched; the app says so in the reader's language. */
export type LoadFailure = 'network' | 'timeout' | 'http' | 'html' | 'too-large';

export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    readonly failure: LoadFailure,
    /** The HTTP status for `http`, the size in bytes for `too-large`. */
    readonly detail?: number,
  ) {
    super(`${file}: ${failure}${detail === undefined ? '' : ` ${detail}`}`);
    this.name = 'DataLoadError';
  }
}

/** Worth another automatic try: the network or the server may recover; a 404 or an HTML page will not. */
export function isTransient(error: unknown): boolean {
  return (
    error instanceof DataLoadError &&
    (error.failure === 'network' || (error.failure === 'http' && (error.detail ?? 0) >= 500))
  );
}

export interface FetchDataOptions {
  signal?: AbortSignal;
  /** The whole request, headers and body, must finish within this. */
  timeoutMs: number;
  maxBytes?: number;
  fetcher?: typeof fetch;
}

/**
 * Fetches a data file's bytes within a time and size limit, so a server that never finishes,
 * trickles, or sends 50 MB ends in a clear error instead of a page that loads forever.
 */
export async function fetchDataFile(file: string, options: FetchDataOptions): Promise<Uint8Array> {
  const { signal, timeoutMs, maxBytes = MAX_DATA_FILE_BYTES, fetcher = fetch } = options;
  const controller = new AbortController();
  const timeout = { passed: false };
  // setTimeout rather than AbortSignal.timeout: the end-to-end tests move a fake clock past it.
  const timer = setTimeout(() => {
    timeout.passed = true;
    controller.abort();
  }, timeoutMs);
  const stop = () => controller.abort();
  signal?.addEventListener('abort', stop);
  try {
    const response = await fetcher(file, { signal: controller.signal });
    if (!response.ok) throw new DataLoadError(file, 'http', response.status);
    if (/^text\/html\b/i.test(response.headers.get('content-type') ?? ''))
      throw new DataLoadError(file, 'html');
    const length = Number(response.headers.get('content-length'));
    if (length > maxBytes) throw new DataLoadError(file, 'too-large', length);
    return await readLimited(file, response, maxBytes);
  } catch (error) {
    if (error instanceof DataLoadError) throw error;
    if (signal?.aborted) throw error;
    throw new DataLoadError(file, timeout.passed ? 'timeout' : 'network');
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}

/** Reads the body, giving up as soon as it passes `maxBytes` (a missing Content-Length proves nothing). */
async function readLimited(file: string, response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new DataLoadError(file, 'too-large', size);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
