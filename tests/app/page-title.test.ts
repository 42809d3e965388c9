import { describe, expect, it } from 'vitest';
import { attributionLines, pageTitle } from '../../src/app/page-title';
import { appConfigSchema, DEFAULT_CONFIG } from '../../src/config/app-config';
import { loadFixture } from '../support/load-fixture';

const dataset = loadFixture();
const texts = { naturalEarth: 'NE', geonames: 'GN', basemapFallback: 'fallback' };

describe('pageTitle', () => {
  it("is the dataset's title in the reader language when config.json sets none", () => {
    const titled = { ...dataset, metadata: { ...dataset.metadata, title: { de: 'Karte', en: 'Map' } } };
    expect(pageTitle(DEFAULT_CONFIG, titled, 'de')).toBe('Karte');
    expect(pageTitle(DEFAULT_CONFIG, titled, 'en')).toBe('Map');
  });

  it("is config.json's title, German where it has no English one", () => {
    const both = appConfigSchema.parse({ title: { de: 'Partnerstädte', en: 'Twin cities' } });
    const germanOnly = appConfigSchema.parse({ title: { de: 'Partnerstädte' } });
    expect(pageTitle(both, dataset, 'en')).toBe('Twin cities');
    expect(pageTitle(both, dataset, 'de')).toBe('Partnerstädte');
    expect(pageTitle(germanOnly, dataset, 'en')).toBe('Partnerstädte');
  });
});

describe('attributionLines', () => {
  it("credits the basemap and coordinates, then config.json's own line", () => {
    expect(attributionLines(texts, DEFAULT_CONFIG, false)).toEqual(['NE', 'GN']);
    expect(attributionLines(texts, appConfigSchema.parse({ attribution: 'Stadt X' }), false)).toEqual([
      'NE',
      'GN',
      'Stadt X',
    ]);
  });

  it('says so only when a configured remote basemap failed', () => {
    const remote = appConfigSchema.parse({ basemapStyleUrl: 'https://tiles.example.org/style.json' });
    expect(attributionLines(texts, remote, true)).toEqual(['NE', 'GN', 'fallback']);
    expect(attributionLines(texts, remote, false)).toEqual(['NE', 'GN']);
    // Without a remote basemap there is nothing to fall back from.
    expect(attributionLines(texts, DEFAULT_CONFIG, true)).toEqual(['NE', 'GN']);
  });
});
