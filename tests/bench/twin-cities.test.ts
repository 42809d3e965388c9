// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseTwinCsv, slug, splitCsvLine, twinCitiesDataset } from '../../bench/data/twin-cities';
import { validateDataset } from '../../src/data/validate-dataset';

const CSV = [
  'city1,country1,lat1,lng1,city2,country2,lat2,lng2',
  'Berat,Albania,40.7022,19.9583,Amasya,Turkey,40.65,35.8331',
  'Berat,Albania,40.7022,19.9583,Bérat,France,43.3786,1.1767',
  '"Washington, D.C.",United States,38.9072,-77.0369,Berat,Albania,40.7022,19.9583',
  'Nowhere,Albania,,,Amasya,Turkey,40.65,35.8331',
  'Kyiv,Ukraine,50.45,30.52,Київ-Twin,Atlantis,10,10',
].join('\n');

describe('world twin cities converter', () => {
  it('splits quoted fields with commas and doubled quotes', () => {
    expect(splitCsvLine('"a, b",c,"say ""hi"""')).toEqual(['a, b', 'c', 'say "hi"']);
  });

  it('keeps rows with coordinates and counts the others', () => {
    const { pairs, skipped } = parseTwinCsv(CSV);
    expect(pairs).toHaveLength(4);
    expect(skipped).toBe(1);
    expect(pairs[2]?.home).toEqual({
      name: 'Washington, D.C.',
      country: 'United States',
      lat: 38.9072,
      lng: -77.0369,
    });
  });

  it('converts to a valid dataset: each place once, every list owner a home city', () => {
    const { pairs } = parseTwinCsv(CSV);
    const result = validateDataset(twinCitiesDataset(pairs));
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
    const { places, relations, metadata } = result.dataset;
    const distinct = new Set(
      pairs.flatMap((pair) => [pair.home, pair.partner].map((p) => `${p.name}|${p.lat}`)),
    );
    expect(places.size).toBe(distinct.size);
    expect(relations).toHaveLength(pairs.length);
    const homeNames = metadata.homePlaceIds.map((id) => places.get(id)?.names.en);
    expect(new Set(homeNames)).toEqual(new Set(pairs.map((pair) => pair.home.name)));
    const amasya = [...places.values()].find((place) => place.names.en === 'Amasya');
    expect(amasya?.country).toBe('TR');
    // An unknown country is left out rather than guessed.
    expect([...places.values()].find((place) => place.names.en === 'Київ-Twin')?.country).toBeUndefined();
    expect(metadata.license).toContain('CC BY-SA');
  });

  it('makes slugs from Latin names and nothing from other scripts', () => {
    expect(slug('São Paulo')).toBe('sao-paulo');
    expect(slug('Київ')).toBe('');
  });
});
