import { describe, expect, it } from 'vitest';
import { relationRows } from '../../src/data/relation-rows';
import { relationStateAt } from '../../src/data/relation-state';
import { loadFixture } from '../support/load-fixture';

const dataset = loadFixture();

describe('relationRows across dates', () => {
  it('returns the same row objects for the same date', () => {
    const first = relationRows(dataset, '2025-01-01');
    const again = relationRows(dataset, '2025-01-01');
    expect(again).toHaveLength(first.length);
    again.forEach((row, index) => expect(row).toBe(first[index]));
  });

  it('keeps the row of a relation the new date leaves unchanged, and renews the others', () => {
    const early = new Map(relationRows(dataset, '2015-01-01').map((row) => [row.relation.id, row]));
    const late = relationRows(dataset, '2025-01-01');
    let kept = 0;
    let renewed = 0;
    for (const row of late) {
      // Each row carries the state at its own date, whether kept or renewed.
      expect(row.state).toEqual(relationStateAt(row.relation, '2025-01-01'));
      const before = early.get(row.relation.id);
      if (before && before.state.lastIndex === row.state.lastIndex) {
        expect(row).toBe(before);
        kept += 1;
      } else {
        expect(row).not.toBe(before);
        renewed += 1;
      }
    }
    // The fixture has relations of both kinds between these dates, so both branches ran.
    expect(kept).toBeGreaterThan(0);
    expect(renewed).toBeGreaterThan(0);
  });

  it('hands back a changed row when going back in time', () => {
    const late = relationRows(dataset, '2025-01-01');
    const early = relationRows(dataset, '2015-01-01');
    const changed = early.filter((row) => {
      const after = late.find((other) => other.relation.id === row.relation.id);
      return after && after.state.lastIndex !== row.state.lastIndex;
    });
    expect(changed.length).toBeGreaterThan(0);
    for (const row of changed) expect(row.state).toEqual(relationStateAt(row.relation, '2015-01-01'));
  });
});
