// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../src/cli/csv/import-csv';
import { parseDatasetText } from '../../../src/data/parse-dataset-text';
import { relationStateAt } from '../../../src/data/relation-state';

const folder = 'tests/fixtures/national-sample';

function load() {
  const inputs = readdirSync(folder).map((file) => ({
    file,
    text: readFileSync(`${folder}/${file}`, 'utf8'),
  }));
  const imported = importCsv(inputs);
  if (!imported.ok) throw new Error(imported.errors.join('\n'));
  const parsed = parseDatasetText(imported.json);
  if (!parsed.ok) throw new Error('imported dataset is not valid');
  return parsed.dataset;
}

describe('a sample of the national dataset, imported from German-Excel CSV', () => {
  const dataset = load();
  const relation = (id: string) => dataset.relations.find((r) => r.id === id)!;

  it('holds many home towns, a city district and a Landkreis', () => {
    expect(dataset.metadata.homePlaceIds.length).toBeGreaterThan(4);
    expect(dataset.places.get('berlin-lichtenberg')?.kind).toBe('district');
    expect(dataset.places.get('kreis-lippe')?.kind).toBe('region');
  });

  it('gives one foreign town several German partners', () => {
    const partners = dataset.relations.filter((r) => r.to === 'kaliningrad').map((r) => r.from);
    expect(partners.sort()).toEqual(['berlin-lichtenberg', 'bonn']);
  });

  it("keeps an association's contacts beside the town's official status", () => {
    const aachen = relation('aachen-kostroma');
    const civil = aachen.events.filter((event) => event.actor?.kind === 'civil-society');
    expect(civil).toHaveLength(1);
    expect(civil[0]?.status).toBeUndefined();
    expect(relationStateAt(aachen)?.status).toBe('paused');
  });

  it('shows disputes, unknown statuses and places under occupation', () => {
    expect(relation('bad-homburg-peterhof').events.some((event) => event.dispute)).toBe(true);
    expect(relationStateAt(relation('bonn-kaliningrad'))?.status).toBe('unknown');
    expect(dataset.places.get('yalta')).toMatchObject({ country: 'UA', occupation: { since: '2014' } });
  });
});
