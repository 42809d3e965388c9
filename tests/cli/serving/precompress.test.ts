import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompressDir } from '../../../src/cli/serving/precompress';

function fixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'precompress-'));
  mkdirSync(join(root, 'assets'));
  mkdirSync(join(root, 'tiles/3/4'), { recursive: true });
  const text = JSON.stringify({
    features: Array.from({ length: 200 }, (_, i) => ({ id: i, name: `place ${i}` })),
  });
  writeFileSync(join(root, 'data.geojson'), text);
  writeFileSync(join(root, 'assets/app.js'), `export const x = ${JSON.stringify(text)};`);
  writeFileSync(join(root, 'tiles/3/4/5.pbf'), Buffer.from(text));
  writeFileSync(join(root, 'tiles/3/4/6.pbf'), gzipSync(text));
  writeFileSync(join(root, 'font.woff2'), Buffer.from(text));
  writeFileSync(join(root, 'tiny.json'), '{}');
  return root;
}

describe('precompressDir', () => {
  it('writes .gz and .br that decode to the original, only for text and tiles that gain', () => {
    const root = fixture();
    const results = precompressDir(root, join(root, '..', `${root.split('/').pop() ?? ''}-cache`));
    const original = readFileSync(join(root, 'data.geojson'));
    expect(gunzipSync(readFileSync(join(root, 'data.geojson.gz')))).toEqual(original);
    expect(brotliDecompressSync(readFileSync(join(root, 'data.geojson.br')))).toEqual(original);
    expect(readdirSync(join(root, 'tiles/3/4')).sort()).toEqual(['5.pbf', '5.pbf.br', '5.pbf.gz', '6.pbf']);
    expect(readdirSync(root).filter((name) => name.startsWith('font') || name.startsWith('tiny'))).toEqual([
      'font.woff2',
      'tiny.json',
    ]);
    expect(results.map((file) => file.path)).toEqual([
      'assets/app.js',
      'data.geojson',
      'tiles/3/4/5.pbf',
      'tiles/3/4/6.pbf',
      'tiny.json',
    ]);
  });

  it('is deterministic, with or without the cache', () => {
    const first = fixture();
    const second = fixture();
    const cache = mkdtempSync(join(tmpdir(), 'precompress-cache-'));
    precompressDir(first, cache);
    precompressDir(second, cache);
    const third = fixture();
    precompressDir(third, mkdtempSync(join(tmpdir(), 'precompress-cache-')));
    for (const name of ['data.geojson.gz', 'data.geojson.br', 'assets/app.js.br']) {
      expect(readFileSync(join(second, name)), name).toEqual(readFileSync(join(first, name)));
      expect(readFileSync(join(third, name)), name).toEqual(readFileSync(join(first, name)));
    }
  });
});
