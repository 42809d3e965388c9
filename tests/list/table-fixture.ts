import type { z } from 'zod';
import { relationRows, type RelationRow } from '../../src/data/relation-rows';
import type { datasetSchema } from '../../src/data/schema';
import { validateDataset } from '../../src/data/validate-dataset';
import { fixtureDataset } from '../support/fixtures';

type DatasetInput = z.input<typeof datasetSchema>;
type Feature = DatasetInput['features'][number];
type Events = Extract<Feature['properties'], { featureType: 'relation' }>['events'];

const HOME: [number, number] = [12.37, 51.34];
const at = (id: string): [number, number] => [10 + id.length, 50];

function place(id: string, names: { de: string; en: string; uk: string }, country?: string): Feature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: at(id) },
    properties: { featureType: 'place', id, kind: 'city', names, ...(country ? { country } : {}) },
  };
}

function relation(to: string, events: Events): Feature {
  return {
    type: 'Feature',
    geometry: { type: 'LineString', coordinates: [HOME, at(to)] },
    properties: {
      featureType: 'relation',
      id: `home-${to}`,
      from: 'home',
      to,
      summary: { de: 'Zusammenfassung', en: 'Summary' },
      events,
    },
  };
}

const title = { de: 'Ereignis', en: 'Event' };

/**
 * Four invented towns whose names sort differently by collation than by code point
 * ("Östadt" before "Ostheim" in German; "Ґостадт" first in Ukrainian), one without a country,
 * one of unknown status, and a start "after 1961".
 */
export function tableRows(): RelationRow[] {
  const base = fixtureDataset();
  const home = base.features.find((feature) => feature.properties.id === 'home');
  if (!home) throw new Error('no home in the fixture');
  const data: DatasetInput = {
    ...base,
    features: [
      home,
      place('zell', { de: 'Zell', en: 'Zell', uk: 'Целль' }, 'AT'),
      place('ostheim', { de: 'Ostheim', en: 'Ostheim', uk: 'Остгайм' }, 'DE'),
      place('oestadt', { de: 'Östadt', en: 'Oestadt', uk: 'Ґостадт' }),
      place('dorf', { de: 'Dorf', en: 'Dorf', uk: 'Дорф' }, 'PL'),
      relation('zell', [{ date: '2001', title, status: 'active', type: 'partnership', sources: ['a'] }]),
      relation('ostheim', [
        { date: '1961', title, status: 'active', type: 'friendship', sources: ['a'] },
        { date: '2014-04', title, status: 'paused', sources: ['a'] },
        { date: '2020-05-02', title, sources: ['b'] },
      ]),
      relation('oestadt', [
        { date: '1995', title, status: 'active', type: 'cooperation', sources: ['a'] },
        { date: '2010', title, status: 'unknown', sources: ['a'] },
      ]),
      relation('dorf', [
        {
          date: '1961',
          dateQualifier: 'after',
          title,
          status: 'active',
          type: 'partnership',
          sources: ['b'],
        },
      ]),
    ],
  };
  const result = validateDataset(data);
  if (!result.ok) throw new Error(`table fixture invalid: ${JSON.stringify(result.problems)}`);
  return relationRows(result.dataset, '2100-01-01');
}
