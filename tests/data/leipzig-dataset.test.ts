import { describe, expect, it } from 'vitest';
import { loadShippedDataset, relationTo as relationToPlace } from '../support/shipped-dataset';
import { filterRows, NO_FILTERS } from '../../src/data/filters';
import { isMappable, relationRows } from '../../src/data/relation-rows';
import { relationStateAt, stateBefore } from '../../src/data/relation-state';

const dataset = loadShippedDataset('leipzig.geojson');
const relationTo = (id: string) => relationToPlace(dataset, id);

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

  describe('corrections from the independent audit', () => {
    const stateOf = (id: string) => {
      const state = relationStateAt(relationTo(id));
      if (!state) throw new Error(`${id} has no state`);
      return state;
    };
    const eventsOf = (id: string) => relationTo(id).events;
    const withTitle = (id: string, pattern: RegExp) => eventsOf(id).filter((e) => pattern.test(e.title.en));

    it("dates the consulate's end by the event that set it (20 November 2023)", () => {
      const consulate = relationTo('russian-consulate-general-leipzig');
      const state = stateOf('russian-consulate-general-leipzig');
      expect(consulate.events[state.statusIndex]?.date).toBe('2023-11-20');
      expect(consulate.events[state.startIndex]?.date).toBe('2022-03');
    });

    it('tells the four missing claims of the founding article, sourced to it', () => {
      const claims = [
        withTitle('moscow', /Städtetag/),
        withTitle('saratov', /^Working group set up$/),
        withTitle('saratov', /^No clear signals from the candidate cities$/),
        withTitle('saratov', /^No further steps for now$/),
      ];
      for (const found of claims) {
        expect(found).toHaveLength(1);
        expect(found[0]?.sources).toContain('lvz-2022-03-russia-contacts');
      }
      expect(claims[0]?.[0]?.text?.en).toMatch(/vice president/);
      expect(claims[1]?.[0]).toMatchObject({ date: '2020', dateQualifier: 'by' });
    });

    it('does not let the January 2018 motion propose Saratov: Saratov came up from March 2018', () => {
      const motion = eventsOf('saratov').find((e) => e.date === '2018-01');
      expect(motion).toBeDefined();
      expect(motion?.status).toBeUndefined();
      expect(motion?.text?.en).toMatch(/names none/);
      expect(relationStateAt(relationTo('saratov'), '2018-02-28')).toBeUndefined();
      expect(relationStateAt(relationTo('saratov'), '2018-03-01')).toMatchObject({ status: 'proposed' });
    });

    it('gives Kazan, Volgograd and Ufa the status the evidence supports, not "active" from the appeal', () => {
      for (const city of ['kazan', 'volgograd', 'ufa']) {
        const state = stateOf(city);
        expect(state.status, city).toBe('unknown');
        const appeal = eventsOf(city).find((e) => e.title.en === "Mayor Jung's appeal to Russian cities");
        expect(appeal?.oneWay, city).toBe(true);
        expect(appeal?.status, city).toBeUndefined();
        const evidence = eventsOf(city)[state.evidenceIndex];
        expect(evidence?.oneWay, city).toBeUndefined();
        expect(evidence?.title.en, city).toBe('Contacts in earlier years');
        expect(evidence).toMatchObject({ date: '2022-03', dateQualifier: 'by' });
      }
    });

    it('dates the statuses of Graz and Moscow by their latest evidence', () => {
      expect(stateOf('graz')).toMatchObject({ status: 'proposed', evidencedOn: '2013-08' });
      const moscow = stateOf('moscow');
      expect(moscow).toMatchObject({ status: 'paused', evidencedOn: '2022-03' });
      expect(moscow.evidenceIndex).toBe(moscow.statusIndex);
      for (const id of ['moscow', 'voronezh', 'saratov'])
        expect(withTitle(id, /appeal to Russian cities/)[0]?.oneWay, id).toBe(true);
    });

    it("marks the consulate's clientele as disputed and keeps Kraków's 1995 declaration a renewal", () => {
      const served = eventsOf('russian-consulate-general-leipzig').find((e) =>
        /80,000/.test(e.text?.en ?? ''),
      );
      expect(served?.dispute?.sources).toEqual(['tass-2023-consulate-leipzig']);
      expect(served?.dispute?.note.en).toMatch(/26,000/);
      const krakow = relationTo('krakow');
      const renewal = krakow.events.find((e) => e.date === '1995-10-24');
      expect(renewal).toBeDefined();
      expect(renewal?.status ?? renewal?.type).toBeUndefined();
      expect(krakow.events[stateOf('krakow').statusIndex]?.date).toBe('1973-09-08');
      expect(krakow.summary.en).not.toMatch(/as the start/);
    });

    it('says since when Ho Chi Minh City has had its current kind', () => {
      const hcmc = relationTo('ho-chi-minh-city');
      const state = stateOf('ho-chi-minh-city');
      expect(hcmc.events[state.typeIndex]?.date).toBe('2021-07-21');
      const before = stateBefore(hcmc, state.typeIndex);
      expect(before?.type).toBe('cooperation');
      expect(hcmc.events[before?.typeIndex ?? -1]?.date).toBe('2015');
    });

    it('dates the Thessaloniki agreement to 17 October 1984 and records the 2024 signing', () => {
      const events = eventsOf('thessaloniki');
      expect(events[0]).toMatchObject({ date: '1984-10-17', status: 'active' });
      expect(events[0]?.sources).toContain('businessnews-gr-296919');
      const signed = withTitle('thessaloniki', /memorandum signed/);
      expect(signed).toHaveLength(1);
      expect(signed[0]).toMatchObject({ date: '2024-10', sources: ['businessnews-gr-296919'] });
      for (const event of events) expect(event.text?.en ?? '').not.toMatch(/not documented/);
    });

    it('dates the €9 million vote only as precisely as its source', () => {
      const vote = withTitle('kyiv', /9 million/);
      expect(vote).toHaveLength(1);
      expect(vote[0]?.date).toBe('2022-03');
    });

    it('sources or drops the summary claims, and links known sources', () => {
      const tatarstan = eventsOf('kazan').find((e) => /Tatarstan/.test(e.title.en));
      expect(tatarstan?.sources).toEqual(['welt-2017-03-saxony-tatarstan']);
      expect(relationStateAt(relationTo('kazan'), '2021-01-01')).toBeUndefined();
      expect(relationTo('volgograd').summary.en).not.toMatch(/Chemnitz|Cologne/);
      expect(relationTo('ufa').summary.en).not.toMatch(/Halle/);
      expect(dataset.sources.geonames?.url).toBe('https://www.geonames.org/');
    });

    it("uses dated populations and notes the objection to Leipzig's census figure", () => {
      const population = (id: string) => dataset.places.get(id)?.population;
      expect(population('volgograd')).toMatchObject({ value: 1001183, year: 2022 });
      expect(population('voronezh')).toMatchObject({ year: 2021 });
      expect(population('voronezh')?.note?.en).toMatch(/More than one million/);
      expect(population('leipzig')?.note?.en).toMatch(/objection/);
      expect(population('leipzig')?.note?.de).toMatch(/Widerspruch/);
      expect(population('moscow')?.note?.en).toMatch(/without a reference year/);
    });
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
