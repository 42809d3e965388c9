// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { generateDataset, seededRandom } from '../../bench/data/generate-dataset';
import { relationStateAt } from '../../src/data/relation-state';
import { validateDataset } from '../../src/data/validate-dataset';

describe('benchmark dataset generator', () => {
  it('produces a dataset the app accepts, with the asked number of places and events', () => {
    const result = validateDataset(generateDataset(300, 10));
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
    expect(result.dataset.places.size).toBe(301);
    expect(result.dataset.relations).toHaveLength(300);
    expect(result.dataset.relations.every((relation) => relation.events.length === 10)).toBe(true);
    // Every relation has begun by the end of its history.
    expect(result.dataset.relations.every((relation) => relationStateAt(relation) !== undefined)).toBe(true);
  });

  it('is deterministic: the same seed gives the same file, another seed another', () => {
    expect(JSON.stringify(generateDataset(50, 3, 7))).toBe(JSON.stringify(generateDataset(50, 3, 7)));
    expect(JSON.stringify(generateDataset(50, 3, 8))).not.toBe(JSON.stringify(generateDataset(50, 3, 7)));
  });

  it('draws numbers in [0, 1) from the seeded generator', () => {
    const random = seededRandom(42);
    const values = Array.from({ length: 1000 }, random);
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(new Set(values).size).toBeGreaterThan(990);
  });
});
