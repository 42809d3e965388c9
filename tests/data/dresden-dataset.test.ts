import { describe, expect, it } from 'vitest';
import { loadShippedDataset, relationTo as relationToPlace } from '../support/shipped-dataset';
import { relationRows } from '../../src/data/relation-rows';
import { relationStateAt } from '../../src/data/relation-state';

const dataset = loadShippedDataset('dresden.geojson');
const relationTo = (id: string) => relationToPlace(dataset, id);

describe('the Dresden dataset', () => {
  it('has Dresden as its home and its 13 twin cities as partnerships since their founding years', () => {
    expect(dataset.metadata.homePlaceIds).toEqual(['dresden']);
    const founded = Object.fromEntries(
      relationRows(dataset, '2026-12-01')
        .filter((row) => row.state.type === 'partnership')
        .map((row) => [row.place.id, row.relation.events[row.state.startIndex]?.date.slice(0, 4)]),
    );
    expect(founded).toEqual({
      coventry: '1959',
      wroclaw: '1959',
      'st-petersburg': '1961',
      skopje: '1967',
      ostrava: '1971',
      brazzaville: '1975',
      florence: '1978',
      hamburg: '1987',
      rotterdam: '1988',
      strasbourg: '1990',
      salzburg: '1991',
      columbus: '1992',
      hangzhou: '2009',
    });
  });

  it('keeps St. Petersburg formally a partnership, dormant since spring 2022, never ended', () => {
    const spb = relationTo('st-petersburg');
    expect(relationStateAt(spb, '2021-06-01')).toMatchObject({ type: 'partnership', status: 'active' });
    // The council reaffirmed the partnership on 3 March 2022; the silence came after.
    expect(relationStateAt(spb, '2022-03-05')?.status).toBe('active');
    expect(relationStateAt(spb)).toMatchObject({ type: 'partnership', status: 'dormant' });
    expect(spb.events.some((event) => event.status === 'ended' || event.status === 'paused')).toBe(false);
    expect(spb.events.some((event) => event.date === '2022-03-03')).toBe(true);
  });

  it("dates St. Petersburg's status by evidence, not by Dresden's own letters and statements", () => {
    const spb = relationTo('st-petersburg');
    // The spokesperson (2023) and the city page (2024) speak for Dresden only.
    expect(relationStateAt(spb, '2024-06-01')?.evidencedOn).toBe('2022-04');
    expect(relationStateAt(spb)?.evidencedOn).toBe('2025');
    expect(spb.events.filter((event) => event.oneWay).map((event) => event.date)).toEqual([
      '2022',
      '2022-02-28',
      '2022-03-03',
      '2022-03-11',
      '2023-02',
      '2024-01-31',
    ]);
  });

  it("keeps associations' aid apart from the city's acts", () => {
    const byAssociation = relationTo('khmelnytskyi').events.filter(
      (event) => event.actor?.kind === 'civil-society',
    );
    expect(byAssociation.map((event) => event.actor?.name)).toEqual([
      'impreuna e.V.',
      'Jusos Dresden',
      'impreuna e.V.',
    ]);
    expect(byAssociation.every((event) => event.status === undefined)).toBe(true);
  });

  it('tells Khmelnytskyi as a solidarity partnership planned in February, signed in November 2023', () => {
    const khm = relationTo('khmelnytskyi');
    expect(relationStateAt(khm, '2023-03-01')).toMatchObject({ status: 'proposed' });
    expect(relationStateAt(khm, '2023-11-08')).toMatchObject({ status: 'active', type: 'cooperation' });
    expect(khm.events.some((event) => event.type === 'partnership')).toBe(false);
  });

  it('marks the weak sources and shows the Wrocław amendment year as disputed', () => {
    const first = (id: string) => relationTo(id).events[0];
    expect(first('rotterdam')?.certainty).toBe('weak');
    expect(first('strasbourg')?.certainty).toBe('weak');
    expect(relationTo('wroclaw').events.some((event) => event.dispute)).toBe(true);
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

  it('uses no source the research marked as fabricated', () => {
    for (const source of Object.values(dataset.sources)) expect(source.url ?? '').not.toContain('flocs.de');
  });

  it('credits GeoNames and Natural Earth', () => {
    expect(dataset.metadata.attribution).toMatch(/GeoNames/);
    expect(dataset.metadata.attribution).toMatch(/Natural Earth/);
  });
});
