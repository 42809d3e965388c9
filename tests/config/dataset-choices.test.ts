import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/app-config';
import { currentChoiceIndex, datasetChoices } from '../../src/config/dataset-choices';

const page = 'https://www.example.org/karte/?lang=en';
const config = { ...DEFAULT_CONFIG, datasets: ['data/a.geojson', 'data/b.geojson'] };

describe('datasetChoices', () => {
  it('lists the datasets in config order; the first needs no ?data=', () => {
    expect(datasetChoices(config, page)).toEqual([
      { entry: 'data/a.geojson', url: 'data/a.geojson', param: undefined },
      {
        entry: 'data/b.geojson',
        url: 'https://www.example.org/karte/data/b.geojson',
        param: 'data/b.geojson',
      },
    ]);
  });

  it('finds the shown dataset however its URL is written, and none for an unlisted one', () => {
    const choices = datasetChoices(config, page);
    expect(currentChoiceIndex(choices, 'data/a.geojson', page)).toBe(0);
    expect(currentChoiceIndex(choices, 'https://www.example.org/karte/data/a.geojson', page)).toBe(0);
    expect(currentChoiceIndex(choices, 'https://www.example.org/karte/data/b.geojson', page)).toBe(1);
    expect(currentChoiceIndex(choices, 'data/c.geojson', page)).toBe(-1);
  });
});
