import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveDate, relationStateAt } from '../../src/data/relation-state';
import type { RelationEvent } from '../../src/data/schema';
import { RELATION_STATUSES } from '../../src/data/vocabulary';

const title = { de: 't', en: 't' };
const event = (date: string, change: Partial<RelationEvent> = {}): RelationEvent => ({
  date,
  title,
  sources: ['s'],
  certainty: 'verified',
  ...change,
});

describe('relationStateAt', () => {
  const hcmc = {
    events: [
      event('2015', { status: 'active', type: 'cooperation' }),
      event('2018-12-06'),
      event('2021-07-21', { type: 'partnership' }),
    ],
  };

  it('folds all events without a date', () => {
    expect(relationStateAt(hcmc)).toMatchObject({
      type: 'partnership',
      status: 'active',
      startIndex: 0,
      lastIndex: 2,
    });
  });

  it('is undefined before the relation begins', () => {
    expect(relationStateAt(hcmc, '2014-12-31')).toBeUndefined();
  });

  it('treats a year as in force from its first day', () => {
    expect(relationStateAt(hcmc, '2015-01-01')?.type).toBe('cooperation');
    expect(relationStateAt(hcmc, '2021-07-20')?.type).toBe('cooperation');
    expect(relationStateAt(hcmc, '2021-07-21')?.type).toBe('partnership');
  });

  it('ignores background events before the first status', () => {
    const kazan = { events: [event('2018-07'), event('2022-03', { status: 'active', type: 'contact' })] };
    expect(relationStateAt(kazan, '2020-01-01')).toBeUndefined();
    expect(relationStateAt(kazan)).toMatchObject({ startIndex: 1, statusIndex: 1 });
  });

  it('applies several changes on one day in file order', () => {
    const sameDay = {
      events: [
        event('2023-11-20', { status: 'active', type: 'contact' }),
        event('2023-11-20', { status: 'paused' }),
        event('2023-11-20', { status: 'ended' }),
      ],
    };
    expect(relationStateAt(sameDay, '2023-11-20')).toMatchObject({ status: 'ended', statusIndex: 2 });
  });

  it('records which event set the current status', () => {
    const moscow = {
      events: [
        event('2014-04', { status: 'active', type: 'cooperation' }),
        event('2018-11'),
        event('2022-03', { status: 'paused' }),
      ],
    };
    expect(relationStateAt(moscow)).toMatchObject({ status: 'paused', statusIndex: 2, lastIndex: 2 });
    expect(relationStateAt(moscow, '2019-01-01')).toMatchObject({
      status: 'active',
      statusIndex: 0,
      lastIndex: 1,
    });
  });

  it('counts "after 1989" from the first day after 1989', () => {
    const milan = { events: [event('1989', { dateQualifier: 'after', status: 'dormant', type: 'contact' })] };
    expect(effectiveDate(milan.events[0]!)).toBe('1990-01-01');
    expect(relationStateAt(milan, '1989-12-31')).toBeUndefined();
    expect(relationStateAt(milan, '1990-01-01')?.status).toBe('dormant');
  });

  it('keeps an open-ended relation in force indefinitely', () => {
    expect(relationStateAt(hcmc, '2999-12-31')?.status).toBe('active');
  });

  describe('evidence', () => {
    const moscow = {
      events: [
        event('2014-04', { status: 'active', type: 'cooperation' }),
        event('2018-11-10'),
        event('2022-03', { oneWay: true }),
        event('2022-03', { status: 'paused' }),
        event('2025-06', { oneWay: true }),
      ],
    };

    it('dates the status by its latest confirming event, not by a later one-way act', () => {
      expect(relationStateAt(moscow)).toMatchObject({
        status: 'paused',
        evidenceIndex: 3,
        evidencedOn: '2022-03',
        lastIndex: 4,
      });
    });

    it('lets a one-way act confirm nothing while the status stands', () => {
      const appealOnly = {
        events: [event('2019', { status: 'unknown', type: 'contact' }), event('2022-03', { oneWay: true })],
      };
      expect(relationStateAt(appealOnly)).toMatchObject({ evidenceIndex: 0, evidencedOn: '2019' });
    });

    it('counts a one-way act that sets the status as the evidence of that status', () => {
      const graz = { events: [event('2013-08', { status: 'proposed', type: 'partnership', oneWay: true })] };
      expect(relationStateAt(graz)).toMatchObject({ evidenceIndex: 0, evidencedOn: '2013-08' });
    });

    it('follows the chosen date of the time control', () => {
      expect(relationStateAt(moscow, '2018-11-09')).toMatchObject({
        status: 'active',
        evidencedOn: '2014-04',
      });
      expect(relationStateAt(moscow, '2018-11-10')).toMatchObject({
        status: 'active',
        evidencedOn: '2018-11-10',
      });
      // A month counts from its first day, so March 2022 is in force on 1 March already.
      expect(relationStateAt(moscow, '2022-02-28')).toMatchObject({ status: 'active', evidenceIndex: 1 });
      expect(relationStateAt(moscow, '2022-03-01')).toMatchObject({
        status: 'paused',
        evidencedOn: '2022-03',
      });
    });

    it('keeps a year-precision date at its own precision', () => {
      const kyiv = { events: [event('1961', { status: 'active', type: 'partnership' }), event('1992')] };
      expect(relationStateAt(kyiv, '1991-12-31')?.evidencedOn).toBe('1961');
      expect(relationStateAt(kyiv, '1992-01-01')?.evidencedOn).toBe('1992');
    });

    it('does not carry evidence of an earlier status over to a new one', () => {
      const consulate = {
        events: [
          event('2022-03', { status: 'active', type: 'contact' }),
          event('2022-05-18', { status: 'paused' }),
          event('2022-11-09', { oneWay: true }),
        ],
      };
      expect(relationStateAt(consulate)).toMatchObject({ status: 'paused', evidencedOn: '2022-05-18' });
    });

    it('records which event set the current type', () => {
      expect(relationStateAt(hcmc)).toMatchObject({ typeIndex: 2, statusIndex: 0, evidenceIndex: 2 });
      expect(relationStateAt(hcmc, '2020-01-01')).toMatchObject({ typeIndex: 0, evidenceIndex: 1 });
    });
  });

  it('property: the state at the latest event date equals the full fold', () => {
    const statusArb = fc.constantFrom(...RELATION_STATUSES);
    const dateArb = fc
      .tuple(
        fc.integer({ min: 1950, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
      )
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(dateArb, fc.option(statusArb, { nil: undefined })), {
          minLength: 1,
          maxLength: 12,
        }),
        (raw) => {
          const sorted = [...raw].sort(([a], [b]) => a.localeCompare(b));
          const events = sorted.map(([date, status], index) =>
            event(date, index === 0 ? { status: status ?? 'active', type: 'contact' } : { status }),
          );
          const last = sorted[sorted.length - 1]![0];
          expect(relationStateAt({ events }, last)).toEqual(relationStateAt({ events }));
          expect(relationStateAt({ events }, '1949-12-31')).toBeUndefined();
        },
      ),
    );
  });
});
