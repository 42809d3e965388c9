import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataFile } from '../../src/cli/validate-data-file';
import type { Dataset } from '../../src/data/dataset';
import { datasetToGeoJson } from '../../src/data/dataset-to-geojson';
import { filterRows } from '../../src/data/filters';
import { parseDatasetText } from '../../src/data/parse-dataset-text';
import { isMappable, relationRows } from '../../src/data/relation-rows';
import { relationStateAt } from '../../src/data/relation-state';
import { extractView } from '../../src/data/view-extract';

function load(file: string): Dataset {
  const result = parseDatasetText(readFileSync(file, 'utf8'));
  if (!result.ok) throw new Error(`${file} is invalid`);
  return result.dataset;
}

const views = [
  { file: 'public/data/leipzig.geojson', at: '2026-11-24', filters: { status: ['paused', 'ended'] } },
  { file: 'public/data/leipzig.geojson', at: '2000-01-01', filters: {} },
  { file: 'public/data/dresden.geojson', at: '2026-12-01', filters: { country: ['UA', 'RU'] } },
  { file: 'public/data/dresden.geojson', at: '2021-06-01', filters: { type: ['partnership'] } },
] as const;

describe('extractView → datasetToGeoJson (the GeoJSON download)', () => {
  it.each(views)('$file at $at re-validates and holds only what is shown', ({ file, at, filters }) => {
    const dataset = load(file);
    const shown = filterRows(relationRows(dataset, at).filter(isMappable), {
      status: [],
      type: [],
      country: [],
      q: '',
      ...filters,
    });
    expect(shown.length).toBeGreaterThan(0);
    const text = JSON.stringify(datasetToGeoJson(extractView(dataset, shown, at)));

    const report = validateDataFile('download.geojson', text);
    expect(report.text).toEqual([expect.stringMatching(/^download\.geojson: valid/)]);
    const result = parseDatasetText(text);
    if (!result.ok) throw new Error('invalid');
    const extract = result.dataset;
    expect(extract.relations.map((r) => r.id)).toEqual(shown.map((row) => row.relation.id));
    expect(extract.metadata.license).toBe(dataset.metadata.license);
    // Each relation has, in the file, the status it had on screen.
    for (const row of shown) {
      const relation = extract.relations.find((r) => r.id === row.relation.id);
      expect(relation && relationStateAt(relation)?.status).toBe(row.state.status);
    }
    // Exactly the sources the extract cites, no more.
    const cited = new Set(
      extract.relations.flatMap((r) =>
        r.events.flatMap((e) => [...e.sources, ...(e.dispute?.sources ?? [])]),
      ),
    );
    extract.places.forEach((place) => place.population?.sources.forEach((id) => cited.add(id)));
    expect(Object.keys(extract.sources).sort()).toEqual([...cited].sort());
    expect(Object.keys(extract.sources).length).toBeLessThan(Object.keys(dataset.sources).length);
  });

  it('leaves out history after the chosen date', () => {
    const dataset = load('public/data/dresden.geojson');
    const rows = relationRows(dataset, '2021-06-01').filter((row) => row.place.id === 'st-petersburg');
    const [spb] = extractView(dataset, rows, '2021-06-01').relations;
    expect(spb?.events.every((event) => event.date <= '2021-06-01')).toBe(true);
    expect(spb?.events.some((event) => event.date.startsWith('2022'))).toBe(false);
    expect(spb && relationStateAt(spb)?.status).toBe('active');
  });
});
