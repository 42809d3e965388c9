import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_URL_STATE,
  keepEqualLists,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from '../../src/state/url-state';
import { RELATION_STATUSES, RELATION_TYPES } from '../../src/data/vocabulary';
import { TABLE_COLUMNS } from '../../src/state/table-view';

describe('URL state', () => {
  it('parses every parameter', () => {
    expect(
      parseUrlState('?city=kyiv&status=active,paused&type=partnership&country=RU,ua&q=Kie&lang=en'),
    ).toEqual({
      city: 'kyiv',
      status: ['active', 'paused'],
      type: ['partnership'],
      country: ['RU', 'UA'],
      q: 'Kie',
      lang: 'en',
      embed: false,
    });
  });

  it('reads the embedding parameters', () => {
    expect(parseUrlState('?embed=1&theme=dark&gestures=free&data=data/x.geojson')).toMatchObject({
      embed: true,
      theme: 'dark',
      gestures: 'free',
      data: 'data/x.geojson',
    });
    expect(parseUrlState('?embed=yes&theme=neon&gestures=wild')).toEqual(DEFAULT_URL_STATE);
  });

  it('reads the table view and its order', () => {
    expect(parseUrlState('?list=table&sort=-start')).toEqual({
      ...DEFAULT_URL_STATE,
      list: 'table',
      sort: { column: 'start', direction: 'descending' },
    });
    expect(
      serializeUrlState({
        ...DEFAULT_URL_STATE,
        list: 'table',
        sort: { column: 'country', direction: 'ascending' },
      }),
    ).toBe('list=table&sort=country');
  });

  it.each([
    'list=tables&sort=population',
    'list=TABLE&sort=-',
    'list=1&sort=name,start',
    'list=&sort=%20name',
  ])('falls back to the list in name order for %j', (search) => {
    expect(parseUrlState(`?${search}`)).toEqual(DEFAULT_URL_STATE);
  });

  it('falls back to defaults for an empty query', () => {
    expect(parseUrlState('')).toEqual(DEFAULT_URL_STATE);
  });

  it('ignores unknown and malformed values, keeping the valid ones', () => {
    expect(
      parseUrlState(
        '?city=%3Cscript%3E&status=paused,bogus,paused&type=&country=RUS,de,%C3%9F&lang=fr&foo=bar',
      ),
    ).toEqual({ ...DEFAULT_URL_STATE, status: ['paused'], country: ['DE'] });
  });

  it('reads "as of" and comparison dates at any precision, as the first day of their period', () => {
    expect(parseUrlState('?at=2014-05-01&from=2022-02-23')).toMatchObject({
      at: '2014-05-01',
      from: '2022-02-23',
    });
    expect(parseUrlState('?at=2014')).toMatchObject({ at: '2014-01-01' });
  });

  it.each(['2014-13-01', '2023-02-29', 'yesterday', '1066', '3000-01-01', '2014-5-1', ''])(
    'ignores the invalid date %j',
    (value) => {
      expect(parseUrlState(`?at=${value}&from=${value}`)).toEqual(DEFAULT_URL_STATE);
    },
  );

  it('limits the search text', () => {
    expect(parseUrlState(`?q=${'x'.repeat(500)}`).q).toHaveLength(100);
  });

  it('keeps a search stable across links: no lone surrogate at the cut, no whitespace-only search', () => {
    const long = `?q=${encodeURIComponent(`${'a'.repeat(99)}😀`)}`;
    const state = parseUrlState(long);
    expect(state.q).toBe('a'.repeat(99));
    expect(parseUrlState(serializeUrlState(state))).toEqual(state);
    expect(parseUrlState('?q=%20%20').q).toBe('');
  });

  it('leaves defaults out of links', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, city: 'kyiv', status: ['active', 'paused'] })).toBe(
      'city=kyiv&status=active,paused',
    );
  });

  it('property: serialize then parse gives the same state', () => {
    const state: fc.Arbitrary<UrlState> = fc.record({
      city: fc.option(fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/), { nil: undefined }),
      status: fc.uniqueArray(fc.constantFrom(...RELATION_STATUSES)),
      type: fc.uniqueArray(fc.constantFrom(...RELATION_TYPES)),
      country: fc.uniqueArray(fc.stringMatching(/^[A-Z]{2}$/), { maxLength: 3 }),
      q: fc.string({ maxLength: 100 }).filter((q) => q.trim() !== ''),
      lang: fc.option(fc.constantFrom('de' as const, 'en' as const), { nil: undefined }),
      embed: fc.boolean(),
      theme: fc.option(fc.constantFrom('light' as const, 'dark' as const, 'auto' as const), {
        nil: undefined,
      }),
      gestures: fc.option(fc.constant('free' as const), { nil: undefined }),
      data: fc.option(fc.constantFrom('data/other.geojson', 'https://example.org/x.geojson'), {
        nil: undefined,
      }),
      at: fc.option(
        fc
          .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        { nil: undefined },
      ),
      from: fc.option(fc.constant('2022-02-23'), { nil: undefined }),
      list: fc.option(fc.constant('table' as const), { nil: undefined }),
      sort: fc.option(
        fc.record({
          column: fc.constantFrom(...TABLE_COLUMNS),
          direction: fc.constantFrom('ascending' as const, 'descending' as const),
        }),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(state, (value) => {
        expect(parseUrlState(serializeUrlState(value))).toEqual(value);
      }),
    );
  });

  it('property: parsing never throws on arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const parsed = parseUrlState(search);
        expect([undefined, 'de', 'en']).toContain(parsed.lang);
      }),
    );
  });
});

describe('keepEqualLists', () => {
  it('reuses the previous filter lists when they are equal, so memos keyed on them hold', () => {
    const before = parseUrlState('?status=active,paused&type=partnership&country=UA');
    const after = keepEqualLists(
      before,
      parseUrlState('?status=active,paused&type=partnership&country=UA&city=kyiv'),
    );
    expect(after.city).toBe('kyiv');
    expect(after.status).toBe(before.status);
    expect(after.type).toBe(before.type);
    expect(after.country).toBe(before.country);
  });

  it('takes the new list where one changed, and keeps the others', () => {
    const before = parseUrlState('?status=active&type=partnership');
    const next = parseUrlState('?status=active,paused&type=partnership');
    const after = keepEqualLists(before, next);
    expect(after.status).toBe(next.status);
    expect(after.status).toEqual(['active', 'paused']);
    expect(after.type).toBe(before.type);
  });

  it('treats the same values in another order as a change', () => {
    const before = parseUrlState('?status=active,paused');
    const next = parseUrlState('?status=paused,active');
    expect(keepEqualLists(before, next).status).toBe(next.status);
  });

  it('returns the new state as it is without a previous one', () => {
    const next = parseUrlState('?status=active');
    expect(keepEqualLists(undefined, next)).toBe(next);
  });
});
