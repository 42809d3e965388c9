import { describe, expect, it } from 'vitest';
import { cacheControlFor } from '../../../src/cli/serving/cache-control';
import { contentTypeFor, isCompressible } from '../../../src/cli/serving/content-types';
import { requestedFile } from '../../../src/cli/serving/resolve-path';

describe('content types and compressibility, by extension', () => {
  it('keeps the type of the original file', () => {
    expect(contentTypeFor('data/leipzig.geojson')).toBe('application/geo+json');
    expect(contentTypeFor('assets/maplibre-gl-worker-x.mjs')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('basemap/tiles/5/17/10.pbf')).toBe('application/x-protobuf');
    expect(contentTypeFor('INDEX.HTML')).toMatch(/^text\/html/);
    expect(contentTypeFor('something.unknown')).toBe('application/octet-stream');
  });

  it('compresses text and tiles, not fonts, images or range-read archives', () => {
    for (const path of [
      'a.js',
      'a.mjs',
      'a.css',
      'a.html',
      'a.json',
      'a.geojson',
      'a.svg',
      'a.txt',
      't/1/2/3.pbf',
      'a.mvt',
    ])
      expect(isCompressible(path), path).toBe(true);
    for (const path of ['a.woff2', 'a.png', 'world.pmtiles', 'a.js.gz', 'a.br'])
      expect(isCompressible(path), path).toBe(false);
  });
});

describe('cacheControlFor', () => {
  it('keeps hashed assets forever and revalidates what a city edits in place', () => {
    expect(cacheControlFor('assets/index-BEW21M9s.js')).toContain('immutable');
    for (const path of [
      'index.html',
      'config.json',
      'data/leipzig.geojson',
      'basemap/countries.geojson',
      'embed-resize.js',
    ])
      expect(cacheControlFor(path), path).toBe('no-cache');
  });
});

describe('requestedFile', () => {
  it('maps paths to files inside the root, folders to their index.html', () => {
    expect(requestedFile('/')).toBe('index.html');
    expect(requestedFile('/?city=kyiv')).toBe('index.html');
    expect(requestedFile('/data/leipzig.geojson')).toBe('data/leipzig.geojson');
    expect(requestedFile('/karten/')).toBe('karten/index.html');
    expect(requestedFile('/a%20b.json')).toBe('a b.json');
    expect(requestedFile('/a/./b//c.js')).toBe('a/b/c.js');
  });

  it('refuses anything that could leave the root', () => {
    for (const path of [
      '/../etc/passwd',
      '/%2e%2e/etc/passwd',
      '/a/%2e%2e/%2e%2e/x',
      '/a%5c..%5cx',
      '/%00',
      '/%E0%A4%A',
      'relative',
    ])
      expect(requestedFile(path), path).toBeUndefined();
  });
});
