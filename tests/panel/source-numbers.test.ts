import { describe, expect, it } from 'vitest';
import { numberSources } from '../../src/panel/source-numbers';
import type { PlaceEntry } from '../../src/data/dataset';
import type { Relation } from '../../src/data/schema';
import { loadFixture } from '../support/load-fixture';

describe('numberSources', () => {
  const dataset = loadFixture();
  const kyiv = dataset.places.get('kyiv')!;
  const relationsOf = (id: string) => dataset.relations.filter((relation) => relation.to === id);

  it('numbers sources from 1 in order of first citation, each once', () => {
    // Kyiv's history cites "a" (1961), then "b" (1992).
    expect([...numberSources(kyiv, relationsOf('kyiv'))]).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('counts the population source first, then events, then disputes', () => {
    const place: PlaceEntry = { ...kyiv, population: { value: 1, sources: ['pop'] } };
    const [relation] = relationsOf('kyiv');
    const disputed: Relation = {
      ...relation!,
      events: [
        {
          ...relation!.events[0]!,
          sources: ['a'],
          dispute: { note: { de: 'x', en: 'x' }, sources: ['d', 'a'] },
        },
      ],
    };
    expect([...numberSources(place, [disputed]).keys()]).toEqual(['pop', 'a', 'd']);
  });

  it('is empty for a place without cited facts', () => {
    expect(numberSources({ ...kyiv, population: undefined }, []).size).toBe(0);
  });
});
