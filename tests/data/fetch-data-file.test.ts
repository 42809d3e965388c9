import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataLoadError, fetchDataFile, isTransient } from '../../src/data/fetch-data-file';

afterEach(() => {
  vi.useRealTimers();
});

const FILE = 'data/x.geojson';

function respond(response: Response): typeof fetch {
  return vi.fn(() => Promise.resolve(response));
}

async function failure(promise: Promise<unknown>): Promise<DataLoadError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof DataLoadError)) throw new Error(`expected a DataLoadError, got ${String(error)}`);
  return error;
}

describe('fetchDataFile', () => {
  it('returns the bytes of a good response', async () => {
    const bytes = await fetchDataFile(FILE, { timeoutMs: 1000, fetcher: respond(new Response('{"a":1}')) });
    expect(new TextDecoder().decode(bytes)).toBe('{"a":1}');
  });

  it.each([404, 500, 503])('reports HTTP %i with its status', async (status) => {
    const error = await failure(
      fetchDataFile(FILE, { timeoutMs: 1000, fetcher: respond(new Response('x', { status })) }),
    );
    expect([error.failure, error.detail, error.file]).toEqual(['http', status, FILE]);
    expect(isTransient(error)).toBe(status >= 500);
  });

  it('reports an HTML page (a server that answers every path with its start page)', async () => {
    const page = new Response('<!doctype html><p>Hello', {
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
    const error = await failure(fetchDataFile(FILE, { timeoutMs: 1000, fetcher: respond(page) }));
    expect(error.failure).toBe('html');
    expect(isTransient(error)).toBe(false);
  });

  it('refuses a file by its Content-Length, and while streaming when there is none', async () => {
    const declared = new Response('x', { headers: { 'content-length': '60000000' } });
    const byHeader = await failure(
      fetchDataFile(FILE, { timeoutMs: 1000, maxBytes: 100, fetcher: respond(declared) }),
    );
    expect([byHeader.failure, byHeader.detail]).toEqual(['too-large', 60_000_000]);

    const chunk = new Uint8Array(64);
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(chunk);
      },
    });
    const streamed = await failure(
      fetchDataFile(FILE, { timeoutMs: 1000, maxBytes: 100, fetcher: respond(new Response(endless)) }),
    );
    expect(streamed.failure).toBe('too-large');
    expect(pulled).toBeLessThan(10);
  });

  it('reports a dropped connection as a network failure worth retrying', async () => {
    const error = await failure(
      fetchDataFile(FILE, {
        timeoutMs: 1000,
        fetcher: vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
      }),
    );
    expect(error.failure).toBe('network');
    expect(isTransient(error)).toBe(true);
  });

  it('gives up on a response that never finishes, at the time limit', async () => {
    vi.useFakeTimers();
    let seen: AbortSignal | undefined;
    const never: typeof fetch = vi.fn(
      (_input: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          seen = init?.signal ?? undefined;
          seen?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const pending = failure(fetchDataFile(FILE, { timeoutMs: 15_000, fetcher: never }));
    await vi.advanceTimersByTimeAsync(14_999);
    expect(seen?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await pending;
    expect(error.failure).toBe('timeout');
    expect(isTransient(error)).toBe(false);
  });

  it('passes the caller’s own abort through unchanged', async () => {
    const controller = new AbortController();
    const never: typeof fetch = vi.fn(
      (_input: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const pending = fetchDataFile(FILE, { timeoutMs: 15_000, signal: controller.signal, fetcher: never });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
