import type { Dataset } from '../../src/data/dataset';
import { validateDataset } from '../../src/data/validate-dataset';
import { fixtureDataset } from './fixtures';

type Json = Record<string, unknown>;

/**
 * The fixture with histories that test evidence: Moscow paused in March 2022 and then only
 * sent a one-way appeal (June 2025); Kyiv a cooperation from 2015 that became a partnership in July 2021;
 * the network, joined in 2005, paused in 2020 (so the status was not set by the first event).
 */
export function evidenceDataset(): Dataset {
  const data = structuredClone(fixtureDataset()) as unknown as { features: { properties: Json }[] };
  const eventsOf = (id: string) => {
    const feature = data.features.find((f) => f.properties.id === id);
    if (!feature) throw new Error(`no feature ${id}`);
    return feature.properties.events as Json[];
  };
  eventsOf('home-moscow').push({
    date: '2025-06',
    title: { de: 'Appell', en: 'Appeal' },
    sources: ['a'],
    oneWay: true,
  });
  eventsOf('home-kyiv').splice(
    0,
    2,
    {
      date: '2015',
      title: { de: 'Kooperation', en: 'Cooperation' },
      status: 'active',
      type: 'cooperation',
      sources: ['a'],
    },
    {
      date: '2021-07-21',
      title: { de: 'Partnerschaft', en: 'Partnership' },
      type: 'partnership',
      sources: ['b'],
    },
  );
  eventsOf('home-mayors').push({
    date: '2020',
    title: { de: 'Pause', en: 'Pause' },
    status: 'paused',
    sources: ['b'],
  });
  const result = validateDataset(data);
  if (!result.ok) throw new Error(`evidence fixture invalid: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}
