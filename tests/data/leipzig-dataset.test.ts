import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../src/data/parse-dataset-text';
import { filterRows, NO_FILTERS } from '../../src/data/filters';
import { isMappable, relationRows } from '../../src/data/relation-rows';
import { relationStateAt } from '../../src/data/relation-state';
import type { Dataset } from '../../src/data/dataset';

function load(): Dataset {
  const result = parseDatasetText(readFileSync('public/data/leipzig.geojson', 'utf8'));
  if (!result.ok)
    throw new Error(result.problems.map((p) => `${p.record} ${p.path}: ${p.message}`).join('\n'));
  return result.dataset;
}

const dataset = load();
const relationTo = (id: string) => {
  const relation = dataset.relations.find((r) => r.to === id);
  if (!relation) throw new Error(`no relation to ${id}`);
  return relation;
};

describe('the Leipzig dataset', () => {
  it('has Leipzig as its home and its 15 partner cities as active partnerships', () => {
    expect(dataset.metadata.homePlaceIds).toEqual(['leipzig']);
    const partners = relationRows(dataset, '2026-11-24').filter(
      (row) => row.state.type === 'partnership' && row.state.status === 'active',
    );
    expect(partners.map((row) => row.place.id).sort()).toEqual(
      [
        'addis-ababa',
        'birmingham',
        'bologna',
        'brno',
        'frankfurt-am-main',
        'hanover',
        'herzliya',
        'ho-chi-minh-city',
        'houston',
        'krakow',
        'kyiv',
        'lyon',
        'nanjing',
        'thessaloniki',
        'travnik',
      ].sort(),
    );
  });

  it('tells the Russian relations as the research found them', () => {
    expect(relationStateAt(relationTo('moscow'))).toMatchObject({ type: 'cooperation', status: 'paused' });
    expect(relationStateAt(relationTo('moscow'), '2013-06-01')).toBeUndefined();
    expect(relationStateAt(relationTo('saratov'))).toMatchObject({ status: 'failed' });
    expect(relationStateAt(relationTo('voronezh'))).toMatchObject({ status: 'failed' });
    expect(relationStateAt(relationTo('russian-consulate-general-leipzig'))).toMatchObject({
      status: 'ended',
    });
    for (const city of ['moscow', 'kazan', 'volgograd', 'saratov', 'ufa']) {
      expect(
        relationTo(city).events.some((e) => e.date === '2022-03'),
        city,
      ).toBe(true);
    }
  });

  it('shows the disagreements the research found as disputes', () => {
    const disputed = (id: string) => relationTo(id).events.some((event) => event.dispute);
    for (const id of ['kyiv', 'lyon', 'frankfurt-am-main', 'saratov', 'voronezh'])
      expect(disputed(id), id).toBe(true);
    expect(relationTo('kyiv').events[0]?.date).toBe('1961');
    expect(relationTo('kyiv').events[0]?.dispute).toBeDefined();
  });

  it('keeps Ho Chi Minh City a cooperation partner until the 2021 council decision', () => {
    const hcmc = relationTo('ho-chi-minh-city');
    expect(relationStateAt(hcmc, '2013-06-01')).toBeUndefined();
    expect(relationStateAt(hcmc, '2016-06-01')?.type).toBe('cooperation');
    expect(relationStateAt(hcmc, '2021-07-21')?.type).toBe('partnership');
  });

  it('cites every source it lists and lists every source it cites', () => {
    const cited = new Set<string>();
    dataset.places.forEach((place) => place.population?.sources.forEach((id) => cited.add(id)));
    dataset.relations.forEach((relation) =>
      relation.events.forEach((event) =>
        [...event.sources, ...(event.dispute?.sources ?? [])].forEach((id) => cited.add(id)),
      ),
    );
    expect([...cited].sort()).toEqual(Object.keys(dataset.sources).sort());
  });

  it('uses no source the research marked as unreliable', () => {
    for (const source of Object.values(dataset.sources))
      expect(source.url ?? '').not.toContain('mein-leipzig.net');
  });

  it('credits GeoNames and Natural Earth', () => {
    expect(dataset.metadata.attribution).toMatch(/GeoNames/);
    expect(dataset.metadata.attribution).toMatch(/Natural Earth/);
  });
});

describe('searching the Leipzig dataset', () => {
  const rows = relationRows(dataset, '2026-12-01').filter(isMappable);
  const found = (q: string) => filterRows(rows, { ...NO_FILTERS, q }).map((row) => row.place.id);

  // The search field's hint promises "Namen in allen Sprachen, z. B. Kyjiw, Kiew, Київ".
  it.each(['kyjiw', 'Київ', 'KIEW', 'Kyiv', 'киев'])('"%s" finds Kyiv and few others', (q) => {
    const ids = found(q);
    expect(ids).toContain('kyiv');
    expect(ids).not.toContain('moscow');
    expect(ids.length, ids.join(', ')).toBeLessThan(4);
  });

  it('finds nothing for a name no place has', () => {
    expect(found('Atlantis-xyz')).toEqual([]);
  });
});
