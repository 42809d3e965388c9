import { describe, expect, it } from 'vitest';
import { NO_FILTERS, facetCounts, filterRows } from '../../src/data/filters';
import { foldForSearch } from '../../src/data/localize';
import { isMappable, relationRows } from '../../src/data/relation-rows';
import { loadFixture } from '../support/load-fixture';

const rows = relationRows(loadFixture(), '2025-01-01');
const ids = (list: { place: { id: string } }[]) => list.map((row) => row.place.id);

describe('relation rows', () => {
  it('orients each relation from the home city and keeps only begun ones', () => {
    expect(ids(rows)).toEqual(['kyiv', 'moscow', 'mayors']);
    expect(ids(relationRows(loadFixture(), '2000-01-01'))).toEqual(['kyiv']);
  });

  it('leaves unlocated places (networks) off the map', () => {
    expect(ids(rows.filter(isMappable))).toEqual(['kyiv', 'moscow']);
  });
});

describe('filters', () => {
  it('filters by status, type and country', () => {
    expect(ids(filterRows(rows, { ...NO_FILTERS, status: ['paused'] }))).toEqual(['moscow']);
    expect(ids(filterRows(rows, { ...NO_FILTERS, type: ['partnership', 'network'] }))).toEqual([
      'kyiv',
      'mayors',
    ]);
    expect(ids(filterRows(rows, { ...NO_FILTERS, country: ['UA'] }))).toEqual(['kyiv']);
    expect(filterRows(rows, { ...NO_FILTERS, status: ['paused'], country: ['UA'] })).toEqual([]);
  });

  it('searches names in every language, ignoring case and diacritics', () => {
    expect(ids(filterRows(rows, { ...NO_FILTERS, q: 'kiew' }))).toEqual(['kyiv']);
    expect(ids(filterRows(rows, { ...NO_FILTERS, q: 'MOSCOW ' }))).toEqual(['moscow']);
    expect(foldForSearch('Kraków')).toBe('krakow');
    expect(foldForSearch('Thành phố Hồ Chí Minh')).toBe('thanh pho ho chi minh');
    expect(foldForSearch('Straße')).toBe('strasse');
  });

  it('counts each facet as if its own filter were not set', () => {
    const filters = { ...NO_FILTERS, status: ['paused' as const] };
    expect(Object.fromEntries(facetCounts(rows, filters, 'status'))).toEqual({ active: 2, paused: 1 });
    expect(Object.fromEntries(facetCounts(rows, filters, 'country'))).toEqual({ RU: 1 });
  });
});
