import { describe, expect, it } from 'vitest';
import { initialBounds } from '../../src/data/initial-view';
import { parseDatasetText } from '../../src/data/parse-dataset-text';
import { fixtureDataset } from '../support/fixtures';

function parse(input: unknown) {
  const result = parseDatasetText(JSON.stringify(input));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

describe('initialBounds', () => {
  it("uses the dataset's own view when it names one", () => {
    const input = fixtureDataset();
    input.metadata.initialView = { bounds: [-10, 36, 40, 62] };
    expect(initialBounds(parse(input))).toEqual([-10, 36, 40, 62]);
  });

  it('otherwise fits every located place', () => {
    // Fixture places: home 12.37/51.34, Kyiv 30.52/50.45, Moscow 37.62/55.75; the network has none.
    expect(initialBounds(parse(fixtureDataset()))).toEqual([12.37, 50.45, 37.62, 55.75]);
  });
});
