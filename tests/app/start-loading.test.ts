import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startLoading } from '../../src/app/start-loading';
import { parseUrlState } from '../../src/state/url-state';

const DATASET = readFileSync(resolve(import.meta.dirname, '../../public/data/dresden.geojson'), 'utf8');
const PAGE = 'https://city.example/map/';

function serve(config: object | 404) {
  const fetchMock = vi.fn((input: string) => {
    const url = input;
    if (url === 'config.json')
      return Promise.resolve(
        config === 404 ? new Response('', { status: 404 }) : new Response(JSON.stringify(config)),
      );
    return Promise.resolve(new Response(DATASET, { headers: { 'content-type': 'application/geo+json' } }));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const requested = (mock: ReturnType<typeof serve>) => mock.mock.calls.map(([input]) => input);

describe('startLoading', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('requests config.json, then the dataset it names first, with no component mounted', async () => {
    const fetchMock = serve({ datasets: ['data/dresden.geojson', 'data/leipzig.geojson'] });
    const client = new QueryClient();
    await expect(startLoading(client, parseUrlState(''), PAGE)).resolves.toBe(true);
    expect(client.getQueryData(['dataset', 'data/dresden.geojson'])).toBeDefined();
    expect(requested(fetchMock)).toEqual(['config.json', 'data/dresden.geojson']);
  });

  it('follows ?data= when config.json lists it, and the default dataset without config.json', async () => {
    const listed = serve({ datasets: ['data/leipzig.geojson', 'data/dresden.geojson'] });
    const client = new QueryClient();
    void startLoading(client, parseUrlState('?data=data/dresden.geojson'), PAGE);
    await vi.waitFor(() => expect(requested(listed)).toHaveLength(2));
    // As the app resolves it: against the page.
    expect(requested(listed)[1]).toBe(`${PAGE}data/dresden.geojson`);

    const missing = serve(404);
    void startLoading(new QueryClient(), parseUrlState(''), PAGE);
    await vi.waitFor(() => expect(requested(missing)).toHaveLength(2));
    expect(requested(missing)[1]).toBe('data/leipzig.geojson');
  });

  it('requests no dataset that config.json does not allow', async () => {
    const fetchMock = serve({ datasets: ['data/leipzig.geojson'] });
    const client = new QueryClient();
    const loading = startLoading(client, parseUrlState('?data=https://elsewhere.example/x.geojson'), PAGE);
    await expect(loading).resolves.toBe(false);
    expect(requested(fetchMock)).toEqual(['config.json']);
  });

  it('settles with false when the dataset is invalid, leaving the error to the page', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn((input: string) =>
        Promise.resolve(
          new Response(input === 'config.json' ? '{"datasets":["data/broken.geojson"]}' : '{"type":"nope"}'),
        ),
      ),
    );
    const client = new QueryClient();
    await expect(startLoading(client, parseUrlState(''), PAGE)).resolves.toBe(false);
    expect(client.getQueryState(['dataset', 'data/broken.geojson'])?.status).toBe('error');
  });
});
