import { describe, expect, it } from 'vitest';
import { relationRows } from '../../src/data/relation-rows';
import { summarizeView } from '../../src/data/summarize-view';
import { loadFixture } from '../support/load-fixture';

const rows = relationRows(loadFixture(), '2025-01-01');

describe('summarizeView', () => {
  it('counts the shown rows per status, in the vocabulary order, leaving out empty statuses', () => {
    const summary = summarizeView(rows, 7, '2025-01-01');
    const expected = new Map<string, number>();
    rows.forEach((row) => expected.set(row.state.status, (expected.get(row.state.status) ?? 0) + 1));
    expect(summary.shown).toBe(rows.length);
    expect(summary.total).toBe(7);
    expect(summary.at).toBe('2025-01-01');
    expect(new Map(summary.byStatus.map((entry) => [entry.status, entry.count]))).toEqual(expected);
    expect(summary.byStatus.every((entry) => entry.count > 0)).toBe(true);
  });

  it('follows the rows: fewer rows, other counts', () => {
    const paused = rows.filter((row) => row.state.status === 'paused');
    expect(paused.length).toBeGreaterThan(0);
    expect(summarizeView(paused, rows.length, '2025-01-01').byStatus).toEqual([
      { status: 'paused', count: paused.length },
    ]);
    expect(summarizeView([], rows.length, '2025-01-01')).toEqual({
      shown: 0,
      total: rows.length,
      at: '2025-01-01',
      byStatus: [],
    });
  });

  it('orders statuses as the vocabulary does, not as rows come', () => {
    const reversed = [...rows].reverse();
    expect(summarizeView(reversed, 3, '2025-01-01').byStatus).toEqual(
      summarizeView(rows, 3, '2025-01-01').byStatus,
    );
  });
});
