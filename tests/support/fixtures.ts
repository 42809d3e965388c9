import type { z } from 'zod';
import type { datasetSchema } from '../../src/data/schema';

type DatasetInput = z.input<typeof datasetSchema>;
type Feature = DatasetInput['features'][number];

/** A small valid dataset: home city "home", a partner "kyiv", a paused "moscow" and a network. */
export function fixtureDataset(): DatasetInput {
  const place = (
    id: string,
    de: string,
    en: string,
    country: string,
    coordinates: [number, number],
  ): Feature => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates },
    properties: { featureType: 'place', id, kind: 'city', names: { de, en }, country },
  });
  return {
    type: 'FeatureCollection',
    metadata: {
      id: 'test',
      title: { de: 'Test', en: 'Test' },
      homePlaceIds: ['home'],
      updated: '2025-01',
      license: 'CC BY 4.0',
      attribution: 'test',
    },
    sources: {
      a: { title: 'Source A', publisher: 'Paper', date: '2020-01-02', url: 'https://example.org/a' },
      b: { title: 'Source B', publisher: 'Archive' },
    },
    features: [
      place('home', 'Heimstadt', 'Hometown', 'DE', [12.37, 51.34]),
      place('kyiv', 'Kiew', 'Kyiv', 'UA', [30.52, 50.45]),
      place('moscow', 'Moskau', 'Moscow', 'RU', [37.62, 55.75]),
      {
        type: 'Feature',
        geometry: null,
        properties: {
          featureType: 'place',
          id: 'mayors',
          kind: 'network',
          names: { de: 'Netz', en: 'Network' },
        },
      },
      relation(
        'home-kyiv',
        'home',
        'kyiv',
        [
          [12.37, 51.34],
          [30.52, 50.45],
        ],
        [
          {
            date: '1961',
            title: { de: 'Beginn', en: 'Start' },
            status: 'active',
            type: 'partnership',
            sources: ['a'],
          },
          { date: '1992', title: { de: 'Erneuert', en: 'Renewed' }, sources: ['b'] },
        ],
      ),
      relation(
        'home-moscow',
        'home',
        'moscow',
        [
          [12.37, 51.34],
          [37.62, 55.75],
        ],
        [
          {
            date: '2014-04',
            title: { de: 'Vertrag', en: 'Agreement' },
            status: 'active',
            type: 'cooperation',
            sources: ['a'],
          },
          { date: '2022-03', title: { de: 'Pause', en: 'Pause' }, status: 'paused', sources: ['a'] },
        ],
      ),
      relation('home-mayors', 'home', 'mayors', null, [
        {
          date: '2005',
          title: { de: 'Beitritt', en: 'Joined' },
          status: 'active',
          type: 'network',
          sources: ['b'],
        },
      ]),
    ],
  };
}

function relation(
  id: string,
  from: string,
  to: string,
  coordinates: [number, number][] | null,
  events: Extract<Feature['properties'], { featureType: 'relation' }>['events'],
): Feature {
  return {
    type: 'Feature',
    geometry: coordinates && { type: 'LineString', coordinates },
    properties: {
      featureType: 'relation',
      id,
      from,
      to,
      summary: { de: 'Zusammenfassung', en: 'Summary' },
      events,
    },
  };
}
