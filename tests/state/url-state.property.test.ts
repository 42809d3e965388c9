import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState, type UrlState } from '../../src/state/url-state';
import { RELATION_STATUSES, RELATION_TYPES } from '../../src/data/vocabulary';
import { isWellFormedText } from '../../src/data/text';
import { UI_LANGUAGES } from '../../src/data/localize';
import { PROPERTY_TIMEOUT_MS, propertyRuns } from '../support/property';

const NAMES = [
  'city',
  'status',
  'type',
  'country',
  'q',
  'lang',
  'at',
  'from',
  'embed',
  'theme',
  'gestures',
  'data',
];

/** Values a crafted link might carry: valid ones, near misses, markup, odd Unicode and percent escapes. */
const value = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    'kyiv',
    'active,paused,bogus',
    'partnership',
    'RU,ua,ß,DEU',
    'de',
    'en',
    'uk',
    'ru',
    'RU',
    '2014',
    '2014-05-01',
    '2023-02-29',
    '1',
    'true',
    'dark',
    'free',
    'data/other.geojson',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '\u202Eevil\u200B',
    'e\u0301\u0301\u0301',
    '%E0%A4%A',
    '%ZZ',
    '__proto__',
    ' ',
    'x'.repeat(600),
  ),
  fc
    .array(fc.constantFrom(...RELATION_STATUSES, ...RELATION_TYPES, '', ' ', 'x'), { maxLength: 6 })
    .map((parts) => parts.join(',')),
);

/** Query strings built from the app's own parameter names (and others), raw or percent-encoded. */
const search = fc.oneof(
  fc.string(),
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 8 })), value, fc.boolean()), {
      maxLength: 14,
    })
    .map((pairs) =>
      pairs
        .map(([name, raw, encode]) => {
          const safe = raw.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');
          return `${name}=${encode ? encodeURIComponent(safe) : raw}`;
        })
        .join('&'),
    )
    .map((query) => `?${query}`),
);

/** What every parsed state must look like, whatever the link said. */
function expectValidState(state: UrlState): void {
  if (state.city !== undefined) expect(state.city).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  expect(RELATION_STATUSES).toEqual(expect.arrayContaining([...state.status]));
  expect(new Set(state.status).size).toBe(state.status.length);
  expect(RELATION_TYPES).toEqual(expect.arrayContaining([...state.type]));
  expect(new Set(state.type).size).toBe(state.type.length);
  for (const code of state.country) expect(code).toMatch(/^[A-Z]{2}$/);
  expect(new Set(state.country).size).toBe(state.country.length);
  expect(state.q.length).toBeLessThanOrEqual(100);
  expect(isWellFormedText(state.q)).toBe(true);
  expect([undefined, ...UI_LANGUAGES]).toContain(state.lang);
  for (const day of [state.at, state.from])
    if (day !== undefined) expect(day).toMatch(/^(19|20)\d\d-\d\d-\d\d$/);
  expect(typeof state.embed).toBe('boolean');
  expect([undefined, 'light', 'dark', 'auto']).toContain(state.theme);
  expect([undefined, 'free']).toContain(state.gestures);
  if (state.data !== undefined) {
    expect(state.data.trim()).toBe(state.data);
    expect(state.data.length).toBeGreaterThan(0);
  }
}

describe('URL state, on any query string (property-based)', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('parses to a valid state and never throws', () => {
    fc.assert(
      fc.property(search, (query) => {
        expectValidState(parseUrlState(query));
      }),
      propertyRuns(1000),
    );
  });

  it('is stable: parse(serialize(parse(x))) equals parse(x), and serializing again changes nothing', () => {
    fc.assert(
      fc.property(search, (query) => {
        const state = parseUrlState(query);
        const link = serializeUrlState(state);
        expect(parseUrlState(link)).toEqual(state);
        expect(serializeUrlState(parseUrlState(link))).toBe(link);
      }),
      propertyRuns(1000),
    );
  });
});
