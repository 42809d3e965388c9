import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AUTOMATIC_RETRIES, datasetQueryOptions } from '../../src/data/dataset-query';
import { DataLoadError } from '../../src/data/fetch-data-file';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Fetches the dataset with a server that always answers `status`; returns when each request was made. */
async function requestTimes(status: number): Promise<{ times: number[]; error: unknown }> {
  vi.useFakeTimers({ now: 0 });
  const times: number[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(() => {
      times.push(Date.now());
      return Promise.resolve(new Response('oops', { status }));
    }),
  );
  const client = new QueryClient();
  const settled = client.query(datasetQueryOptions('data/x.geojson')).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  await vi.advanceTimersByTimeAsync(60_000);
  return { times, error: await settled };
}

describe('dataset loading retries', () => {
  it('retries a server error with a doubling back-off, then stops', async () => {
    const { times, error } = await requestTimes(503);
    expect(times).toHaveLength(1 + AUTOMATIC_RETRIES);
    const gaps = times.slice(1).map((time, index) => time - (times[index] ?? 0));
    expect(gaps).toEqual(gaps.map((_gap, index) => 1000 * 2 ** index));
    expect(error).toBeInstanceOf(DataLoadError);
  });

  it('does not retry what will not pass (a missing file)', async () => {
    const { times, error } = await requestTimes(404);
    expect(times).toEqual([0]);
    expect(error).toBeInstanceOf(DataLoadError);
  });
});
