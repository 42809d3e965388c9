// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { roundLine, roundRing, roundTo } from '../../../src/cli/basemap/precision';

describe('roundTo', () => {
  it('rounds to the given number of decimals', () => {
    expect(roundTo(12.34567, 3)).toBe(12.346);
    expect(roundTo(-179.99951, 3)).toBe(-180);
  });

  it('never yields -0, which JSON would not need but some tools print', () => {
    expect(Object.is(roundTo(-0.0001, 3), 0)).toBe(true);
  });
});

describe('roundLine', () => {
  it('drops neighbours that become identical after rounding', () => {
    expect(
      roundLine(
        [
          [10.0001, 20.0001],
          [10.0002, 20.0002],
          [10.5, 20.5],
          [10.0001, 20.0001],
        ],
        3,
      ),
    ).toEqual([
      [10, 20],
      [10.5, 20.5],
      [10, 20],
    ]);
  });
});

describe('roundRing', () => {
  it('keeps a ring with at least four positions', () => {
    expect(
      roundRing(
        [
          [0, 0],
          [1, 0],
          [0, 1],
          [0, 0],
        ],
        3,
      ),
    ).toEqual([
      [0, 0],
      [1, 0],
      [0, 1],
      [0, 0],
    ]);
  });

  it('drops a ring that collapses below four positions', () => {
    expect(
      roundRing(
        [
          [0, 0],
          [0.0001, 0],
          [0, 0.0001],
          [0, 0],
        ],
        3,
      ),
    ).toBeNull();
  });
});
