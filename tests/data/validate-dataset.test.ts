import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/data/problem';
import { validateDataset } from '../../src/data/validate-dataset';
import { fixtureDataset } from '../support/fixtures';

type Json = Record<string, unknown>;

/** Validates a JSON copy of the fixture after `mutate`, returning the problem lines. */
function problemsAfter(mutate: (data: Json & { features: Json[]; sources: Json }) => void): string[] {
  const data = structuredClone(fixtureDataset()) as unknown as Json & { features: Json[]; sources: Json };
  mutate(data);
  const result = validateDataset(data);
  return result.ok ? [] : result.problems.map(formatProblem);
}

const props = (feature: Json | undefined) => (feature as { properties: Json }).properties;
const events = (feature: Json | undefined) => props(feature).events as Json[];

describe('validateDataset', () => {
  it('accepts the fixture and indexes it', () => {
    const result = validateDataset(fixtureDataset());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([...result.dataset.places.keys()]).toEqual(['home', 'kyiv', 'moscow', 'mayors']);
    expect(result.dataset.places.get('kyiv')?.coordinates).toEqual([30.52, 50.45]);
    expect(result.dataset.relations).toHaveLength(3);
  });

  it('names the place and field of bad coordinates', () => {
    const lines = problemsAfter((d) => {
      (d.features[1] as { geometry: { coordinates: number[] } }).geometry.coordinates = [500, 50];
    });
    expect(lines).toEqual([expect.stringMatching(/^place "kyiv" › geometry\.coordinates\[0\]: /)]);
  });

  it('rejects an unknown status', () => {
    const lines = problemsAfter((d) => {
      events(d.features[4])[0]!.status = 'frozen';
    });
    expect(lines).toEqual([
      expect.stringMatching(/^relation "home-kyiv" › properties\.events\[0\]\.status: /),
    ]);
  });

  it('rejects duplicate place ids', () => {
    const lines = problemsAfter((d) => {
      props(d.features[2]).id = 'kyiv';
      (d.features[2] as { geometry: { coordinates: number[] } }).geometry.coordinates = [30.52, 50.45];
    });
    expect(lines).toContain('place "kyiv" › properties.id: duplicate place id "kyiv"');
  });

  it('rejects events out of date order', () => {
    const lines = problemsAfter((d) => {
      events(d.features[4])[1]!.date = '1950';
    });
    expect(lines).toEqual([
      expect.stringContaining('relation "home-kyiv" › properties.events[1].date: 1950 comes before'),
    ]);
  });

  it('rejects a reference to a source that does not exist', () => {
    const lines = problemsAfter((d) => {
      events(d.features[5])[1]!.sources = ['nowhere'];
    });
    expect(lines).toEqual([
      'relation "home-moscow" › properties.events[1].sources[0]: unknown source "nowhere"',
    ]);
  });

  it('rejects a non-http(s) URL', () => {
    const lines = problemsAfter((d) => {
      (d.sources.a as Json).url = 'javascript:alert(1)';
    });
    expect(lines).toEqual([expect.stringMatching(/^dataset › sources\.a\.url: must be an http\(s\) URL/)]);
  });

  it('rejects a missing required language', () => {
    const lines = problemsAfter((d) => {
      delete (props(d.features[4]).summary as Json).en;
    });
    expect(lines).toEqual([expect.stringMatching(/^relation "home-kyiv" › properties\.summary\.en: /)]);
  });

  it('rejects a date that does not parse', () => {
    const lines = problemsAfter((d) => {
      events(d.features[4])[1]!.date = '1992-02-30';
    });
    expect(lines).toEqual([
      expect.stringMatching(/^relation "home-kyiv" › properties\.events\[1\]\.date: must be a date/),
    ]);
  });

  it('rejects a history that changes the type of a relation that has not started', () => {
    const lines = problemsAfter((d) => {
      const list = events(d.features[4]);
      delete list[0]!.status;
    });
    expect(lines).toContain(
      'relation "home-kyiv" › properties.events[0].type: changes the type of a relation that has not started (no event with a status before it)',
    );
    expect(lines).toContain(
      'relation "home-kyiv" › properties.events: no event gives the relation a status, so it never starts',
    );
  });

  it('rejects a start event without a type', () => {
    const lines = problemsAfter((d) => {
      delete events(d.features[4])[0]!.type;
    });
    expect(lines).toEqual([
      'relation "home-kyiv" › properties.events[0].type: the event that starts a relation must give its type',
    ]);
  });

  it('rejects a one-way act that makes a relation active, accepts one that proposes it', () => {
    const lines = problemsAfter((d) => {
      events(d.features[4])[0]!.oneWay = true;
    });
    expect(lines).toEqual([
      expect.stringMatching(
        /^relation "home-kyiv" › properties\.events\[0\]\.status: a one-way act .* cannot make a relation active/,
      ),
    ]);
    const proposing = problemsAfter((d) => {
      Object.assign(events(d.features[4])[0]!, { oneWay: true, status: 'proposed' });
    });
    expect(proposing).toEqual([]);
  });

  it('rejects a one-way flag that is not a boolean', () => {
    const lines = problemsAfter((d) => {
      events(d.features[4])[1]!.oneWay = 'yes';
    });
    expect(lines).toEqual([
      expect.stringMatching(/^relation "home-kyiv" › properties\.events\[1\]\.oneWay: /),
    ]);
  });

  it('rejects a relation to an unknown place and a line that does not match its places', () => {
    expect(
      problemsAfter((d) => {
        props(d.features[5]).to = 'atlantis';
      }),
    ).toEqual(['relation "home-moscow" › properties.to: no place "atlantis"']);
    expect(
      problemsAfter((d) => {
        (d.features[5] as { geometry: { coordinates: number[][] } }).geometry.coordinates[1] = [0, 0];
      }),
    ).toEqual([
      expect.stringContaining(
        'relation "home-moscow" › geometry.coordinates: line must run from "home" to "moscow"',
      ),
    ]);
  });

  it('rejects a missing home place', () => {
    const lines = problemsAfter((d) => {
      (d.metadata as { homePlaceIds: string[] }).homePlaceIds = ['nowhere'];
    });
    expect(lines).toEqual(['metadata › homePlaceIds[0]: no place "nowhere"']);
  });

  it('names a feature by index when it has no id', () => {
    const lines = problemsAfter((d) => {
      d.features.push({ type: 'Feature', properties: { featureType: 'castle' } });
    });
    expect(lines[0]).toMatch(/^features\[7\] › properties\.featureType: /);
  });

  it("accepts an association's act, but not as the town's status", () => {
    const civil = { kind: 'civil-society', name: 'Partnership association' };
    expect(
      problemsAfter((d) => {
        events(d.features[4]).push({
          date: '2023',
          title: { de: 'Hilfe', en: 'Aid' },
          sources: ['a'],
          actor: civil,
        });
      }),
    ).toEqual([]);
    const lines = problemsAfter((d) => {
      events(d.features[4])[1]!.actor = civil;
      events(d.features[4])[1]!.status = 'ended';
    });
    expect(lines).toEqual([
      expect.stringMatching(
        /^relation "home-kyiv" › properties\.events\[1\]\.actor: .*civil-society.*status/,
      ),
    ]);
  });

  it('checks the sources of an occupation', () => {
    const lines = problemsAfter((d) => {
      props(d.features[1]).occupation = { since: '2014-03', sources: ['a', 'nowhere'] };
    });
    expect(lines).toEqual(['place "kyiv" › properties.occupation.sources[1]: unknown source "nowhere"']);
  });

  it('never throws on garbage', () => {
    for (const input of [null, 42, 'x', [], { type: 'FeatureCollection' }, { features: [null] }]) {
      expect(validateDataset(input).ok).toBe(false);
    }
  });
});
