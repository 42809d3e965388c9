import { describe, expect, it } from 'vitest';
import { changesBetween } from '../../src/data/changes-between';
import { loadFixture } from '../support/load-fixture';

const dataset = loadFixture();

describe('changesBetween', () => {
  it('lists a relation whose status changed, with the event that changed it', () => {
    const changes = changesBetween(dataset, '2022-02-23', '2025-01-01');
    expect(changes.map((c) => c.relation.id)).toEqual(['home-moscow']);
    expect(changes[0]).toMatchObject({ before: { status: 'active' }, after: { status: 'paused' } });
    expect(changes[0]?.events.map((e) => e.date)).toEqual(['2022-03']);
  });

  it('lists relations that began in between, oldest change first', () => {
    const changes = changesBetween(dataset, '1950-01-01', '2025-01-01');
    expect(changes.map((c) => c.relation.id)).toEqual(['home-kyiv', 'home-mayors', 'home-moscow']);
    expect(changes[0]?.before).toBeUndefined();
  });

  it('ignores events that changed nothing and periods without change', () => {
    expect(changesBetween(dataset, '1991-01-01', '1999-01-01')).toEqual([]);
  });
});
