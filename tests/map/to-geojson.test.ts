import { describe, expect, it } from 'vitest';
import { relationRows } from '../../src/data/relation-rows';
import { placePoints, readableRows, relationLines } from '../../src/map/to-geojson';
import { loadFixture } from '../support/load-fixture';

const dataset = loadFixture();
const rows = relationRows(dataset, '2025-01-01');
const home = dataset.places.get('home')!;

describe('data to GeoJSON', () => {
  it('draws the home city and every located partner, named in the reader language', () => {
    const points = placePoints(rows, [home], 'en');
    expect(points.features.map((f) => f.properties)).toEqual([
      { id: 'home', name: 'Hometown', role: 'home', rank: 1 },
      { id: 'kyiv', name: 'Kyiv', role: 'active', rank: 0 },
      { id: 'moscow', name: 'Moscow', role: 'paused', rank: 0 },
    ]);
    expect(placePoints(rows, [home], 'de').features[1]?.properties.name).toBe('Kiew');
  });

  it('draws one line per located relation, carrying its status', () => {
    const lines = relationLines(rows);
    expect(lines.features.map((f) => f.properties)).toEqual([
      { id: 'home-kyiv', place: 'kyiv', status: 'active' },
      { id: 'home-moscow', place: 'moscow', status: 'paused' },
    ]);
    expect(lines.features[0]?.geometry.coordinates.length).toBeGreaterThan(10);
  });

  it('shows a place as it stood at the date', () => {
    const before = relationRows(dataset, '2020-01-01');
    expect(
      placePoints(before, [home], 'en').features.find((f) => f.properties.id === 'moscow')?.properties.role,
    ).toBe('active');
  });
});

describe('readable lines', () => {
  it('keeps every row up to the limit, and past it only the selected place’s', () => {
    expect(readableRows(rows, undefined, rows.length)).toBe(rows);
    expect(readableRows(rows, undefined, rows.length - 1)).toEqual([]);
    const kyiv = readableRows(rows, 'kyiv', 1);
    expect(kyiv.map((row) => row.place.id)).toEqual(['kyiv']);
    // Selecting a home city past the limit draws all its lines.
    expect(readableRows(rows, 'home', 1)).toHaveLength(rows.filter((row) => row.home.id === 'home').length);
  });

  it('computes a relation’s great circle once and reuses it', () => {
    const first = relationLines(rows).features[0]?.geometry.coordinates;
    expect(relationLines(rows).features[0]?.geometry.coordinates).toBe(first);
  });
});

describe('points reused', () => {
  it('builds a place’s point once per role and language', () => {
    const first = placePoints(rows, [home], 'en').features[1];
    expect(placePoints(rows, [home], 'en').features[1]).toBe(first);
    expect(placePoints(rows, [home], 'de').features[1]).not.toBe(first);
  });
});
