import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RelationRow } from '../../src/data/relation-rows';
import { createI18n } from '../../src/i18n/i18n';
import { countryName } from '../../src/i18n/format';
import { sortTableRows, type TableLabels } from '../../src/list/table-sort';
import { TABLE_COLUMNS, type TableSort } from '../../src/state/table-view';
import { tableRows } from './table-fixture';

function labelsIn(language: 'de' | 'en' | 'uk'): TableLabels {
  const i18n = createI18n(language);
  return {
    country: (code) => countryName(code, language),
    type: (type) => i18n.t(`relationType.${type}`),
    status: (status) => i18n.t(`relationStatus.${status}`),
  };
}

const rows = tableRows();
const LABELS = { de: labelsIn('de'), en: labelsIn('en'), uk: labelsIn('uk') };
const ids = (sorted: readonly RelationRow[]) => sorted.map((row) => row.place.id);

function sorted(sort: TableSort, language: 'de' | 'en' | 'uk' = 'en'): string[] {
  return ids(sortTableRows(rows, sort, language, LABELS[language]));
}

describe('sortTableRows', () => {
  it('sorts names by the collation of the reader language, not by code point', () => {
    expect(sorted({ column: 'name', direction: 'ascending' }, 'de')).toEqual([
      'dorf',
      'oestadt', // Östadt: Ö counts as O in German
      'ostheim',
      'zell',
    ]);
    expect(sorted({ column: 'name', direction: 'ascending' }, 'uk')).toEqual([
      'oestadt', // Ґостадт: Ґ follows Г in the Ukrainian alphabet, though its code point is the highest
      'dorf',
      'ostheim',
      'zell',
    ]);
    expect(sorted({ column: 'name', direction: 'descending' }, 'de')).toEqual([
      'zell',
      'ostheim',
      'oestadt',
      'dorf',
    ]);
  });

  it('sorts countries by their names in the reader language, the one without a country last both ways', () => {
    // Deutschland, Österreich, Polen – in German, Ö sorts as O, before P.
    expect(sorted({ column: 'country', direction: 'ascending' }, 'de')).toEqual([
      'ostheim',
      'zell',
      'dorf',
      'oestadt',
    ]);
    // Austria, Germany, Poland.
    expect(sorted({ column: 'country', direction: 'ascending' }, 'en')).toEqual([
      'zell',
      'ostheim',
      'dorf',
      'oestadt',
    ]);
    expect(sorted({ column: 'country', direction: 'descending' }, 'en')).toEqual([
      'dorf',
      'ostheim',
      'zell',
      'oestadt',
    ]);
  });

  it('puts an unknown status last in both directions and breaks ties by name', () => {
    // Active (Dorf, Zell), Paused (Ostheim), Unknown (Oestadt).
    expect(sorted({ column: 'status', direction: 'ascending' })).toEqual([
      'dorf',
      'zell',
      'ostheim',
      'oestadt',
    ]);
    expect(sorted({ column: 'status', direction: 'descending' })).toEqual([
      'ostheim',
      'dorf',
      'zell',
      'oestadt',
    ]);
  });

  it('sorts kinds by their labels', () => {
    // City friendship, Cooperation agreement, Twin city partnership (Dorf, Zell).
    expect(sorted({ column: 'type', direction: 'ascending' })).toEqual([
      'ostheim',
      'oestadt',
      'dorf',
      'zell',
    ]);
  });

  it('sorts by the day the status was set, and by the start, counting "after 1961" from 1962', () => {
    // Status set: Dorf after 1961, Zell 2001, Oestadt 2010, Ostheim April 2014.
    expect(sorted({ column: 'since', direction: 'ascending' })).toEqual([
      'dorf',
      'zell',
      'oestadt',
      'ostheim',
    ]);
    expect(sorted({ column: 'since', direction: 'descending' })).toEqual([
      'ostheim',
      'oestadt',
      'zell',
      'dorf',
    ]);
    // Started: Ostheim 1961, Dorf after 1961, Oestadt 1995, Zell 2001.
    expect(sorted({ column: 'start', direction: 'ascending' })).toEqual([
      'ostheim',
      'dorf',
      'oestadt',
      'zell',
    ]);
  });

  it('property: the order does not depend on the order of the input, and leaves no row out', () => {
    const sort = fc.record({
      column: fc.constantFrom(...TABLE_COLUMNS),
      direction: fc.constantFrom('ascending' as const, 'descending' as const),
    });
    const language = fc.constantFrom('de' as const, 'en' as const, 'uk' as const);
    fc.assert(
      fc.property(
        sort,
        language,
        fc.shuffledSubarray(rows, { minLength: rows.length }),
        (by, lang, shuffled) => {
          const labels = LABELS[lang];
          const once = ids(sortTableRows(shuffled, by, lang, labels));
          expect(once).toEqual(ids(sortTableRows(rows, by, lang, labels)));
          expect([...once].sort()).toEqual(ids(rows).sort());
        },
      ),
    );
  });
});
