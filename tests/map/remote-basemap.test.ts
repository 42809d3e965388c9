import { describe, expect, it, vi } from 'vitest';
import { loadRemoteStyle } from '../../src/map/remote-basemap';

const respond = (body: string, status = 200) =>
  vi.fn<typeof fetch>(() => Promise.resolve(new Response(body, { status })));

describe('loadRemoteStyle', () => {
  it('accepts a MapLibre style', async () => {
    const style = {
      version: 8,
      sources: { osm: { type: 'raster', tiles: ['https://t/{z}/{x}/{y}.png'] } },
      layers: [{ id: 'osm', type: 'raster', source: 'osm' }],
    };
    await expect(
      loadRemoteStyle('https://maps.example/style.json', respond(JSON.stringify(style))),
    ).resolves.toEqual(style);
  });

  it.each([
    ['a failed request', respond('gone', 404)],
    ['bad JSON', respond('{not json')],
    ['something that is not a style', respond(JSON.stringify({ version: 7, layers: 'x' }))],
  ])('rejects %s', async (_name, fetcher) => {
    await expect(loadRemoteStyle('https://maps.example/style.json', fetcher)).rejects.toThrow();
  });

  it('rejects a network error and passes a timeout signal', async () => {
    const fetcher = vi.fn<typeof fetch>(() => Promise.reject(new TypeError('network down')));
    await expect(loadRemoteStyle('https://maps.example/style.json', fetcher)).rejects.toThrow('network down');
    expect(fetcher.mock.calls[0]?.[1]?.signal).toBeInstanceOf(AbortSignal);
  });
});
