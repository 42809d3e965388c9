import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PROTOCOL_ID,
  filterMessage,
  isAllowedOrigin,
  parseHostCommand,
  readyMessage,
  resizeMessage,
  selectMessage,
} from '../../src/embed/host-protocol';
import { RELATION_STATUSES, RELATION_TYPES, type RelationStatus } from '../../src/data/vocabulary';

const target = PROTOCOL_ID;

describe('parseHostCommand', () => {
  it('accepts select with a slug or null', () => {
    expect(parseHostCommand({ target, type: 'select', city: 'kyiv' })).toEqual({
      target,
      type: 'select',
      city: 'kyiv',
    });
    expect(parseHostCommand({ target, type: 'select', city: null })).toEqual({
      target,
      type: 'select',
      city: null,
    });
  });

  it.each([
    ['not an object', 'select'],
    ['null', null],
    ['no target', { type: 'select', city: 'kyiv' }],
    ['wrong target', { target: 'other-widget', type: 'select', city: 'kyiv' }],
    ['outbound shape', { source: target, type: 'select', city: 'kyiv' }],
    ['unknown type', { target, type: 'zoom', level: 3 }],
    ['city missing', { target, type: 'select' }],
    ['city not a slug', { target, type: 'select', city: 'Kyiv' }],
    ['city a number', { target, type: 'select', city: 7 }],
    ['filters missing', { target, type: 'setFilters' }],
    ['status not a list', { target, type: 'setFilters', filters: { status: 'paused' } }],
    ['q not a string', { target, type: 'setFilters', filters: { q: 5 } }],
    ['date missing', { target, type: 'setDate' }],
    ['date not a date', { target, type: 'setDate', at: 'yesterday' }],
    ['impossible day', { target, type: 'setDate', at: '2014-02-30' }],
    ['date out of range', { target, type: 'setDate', at: '1800' }],
  ])('ignores a message with %s', (_label, data) => {
    expect(parseHostCommand(data)).toBeUndefined();
  });

  it('keeps known, distinct filter values and drops the rest', () => {
    const command = parseHostCommand({
      target,
      type: 'setFilters',
      filters: {
        status: ['paused', 'frozen', 'paused', 3, 'active'],
        type: ['partnership', 'alliance'],
        country: ['ua', 'DE', 'ß', 'USA', null],
      },
    });
    expect(command).toEqual({
      target,
      type: 'setFilters',
      filters: { status: ['paused', 'active'], type: ['partnership'], country: ['UA', 'DE'] },
    });
  });

  it('leaves absent filters absent and cuts the search to 100 characters', () => {
    const command = parseHostCommand({ target, type: 'setFilters', filters: { q: 'x'.repeat(150) } });
    expect(command).toEqual({ target, type: 'setFilters', filters: { q: 'x'.repeat(100) } });
  });

  it('normalizes dates to their first day, like the at URL parameter', () => {
    expect(parseHostCommand({ target, type: 'setDate', at: '2014-05-01' })).toMatchObject({
      at: '2014-05-01',
    });
    expect(parseHostCommand({ target, type: 'setDate', at: '2014-05' })).toMatchObject({ at: '2014-05-01' });
    expect(parseHostCommand({ target, type: 'setDate', at: '2014' })).toMatchObject({ at: '2014-01-01' });
    expect(parseHostCommand({ target, type: 'setDate', at: null })).toMatchObject({ at: null });
  });
});

describe('parseHostCommand on arbitrary input', () => {
  const nearMiss = fc.record(
    {
      target: fc.oneof(fc.constant(target), fc.anything()),
      type: fc.oneof(fc.constantFrom('select', 'setFilters', 'setDate'), fc.anything()),
      city: fc.oneof(fc.constant(null), fc.string(), fc.anything()),
      at: fc.oneof(fc.constant(null), fc.stringMatching(/^\d{4}(-\d{2}(-\d{2})?)?$/), fc.anything()),
      filters: fc.oneof(
        fc.anything(),
        fc.record(
          {
            status: fc.array(fc.oneof(fc.constantFrom(...RELATION_STATUSES), fc.anything())),
            type: fc.array(fc.oneof(fc.constantFrom(...RELATION_TYPES), fc.anything())),
            country: fc.array(fc.oneof(fc.stringMatching(/^[a-zA-Z]{2}$/), fc.string())),
            q: fc.oneof(fc.string({ maxLength: 300 }), fc.anything()),
          },
          { requiredKeys: [] },
        ),
      ),
    },
    { requiredKeys: [] },
  );

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), nearMiss), (data) => {
        expect(() => parseHostCommand(data)).not.toThrow();
      }),
    );
  });

  it('only returns commands within the protocol', () => {
    fc.assert(
      fc.property(nearMiss, (data) => {
        const command = parseHostCommand(data);
        if (!command) return;
        expect(command.target).toBe(target);
        if (command.type === 'select' && command.city !== null) expect(command.city).toMatch(/^[a-z0-9-]+$/);
        if (command.type === 'setDate' && command.at !== null)
          expect(command.at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (command.type === 'setFilters') {
          const { status = [], type = [], country = [], q = '' } = command.filters;
          expect(RELATION_STATUSES).toEqual(expect.arrayContaining(status));
          expect(RELATION_TYPES).toEqual(expect.arrayContaining(type));
          for (const code of country) expect(code).toMatch(/^[A-Z]{2}$/);
          expect(q.length).toBeLessThanOrEqual(100);
        }
      }),
      // Most generated messages are invalid; more runs give enough valid ones to check.
      { numRuns: 500 },
    );
  });
});

describe('isAllowedOrigin', () => {
  const allowed = ['https://www.leipzig.de', '*', 'null'];

  it('matches exact origins only', () => {
    expect(isAllowedOrigin('https://www.leipzig.de', allowed)).toBe(true);
    expect(isAllowedOrigin('https://leipzig.de', allowed)).toBe(false);
    expect(isAllowedOrigin('https://www.leipzig.de.evil.example', allowed)).toBe(false);
  });

  it('supports neither a wildcard nor the opaque origin', () => {
    expect(isAllowedOrigin('https://evil.example', allowed)).toBe(false);
    expect(isAllowedOrigin('null', allowed)).toBe(false);
  });
});

describe('outbound messages', () => {
  it('name the map as their source', () => {
    expect(readyMessage()).toEqual({ source: target, type: 'ready' });
  });

  it('report the height in whole pixels, rounded up', () => {
    expect(resizeMessage(640.2)).toEqual({ source: target, type: 'resize', height: 641 });
    expect(resizeMessage(640)).toMatchObject({ height: 640 });
  });

  it('send only the protocol’s names and none for a closed panel', () => {
    const names = { de: 'Kiew', en: 'Kyiv', native: 'Київ', uk: 'Київ' };
    expect(selectMessage('kyiv', names)).toEqual({
      source: target,
      type: 'select',
      city: 'kyiv',
      names: { de: 'Kiew', en: 'Kyiv', native: 'Київ' },
    });
    expect(selectMessage('leipzig', { de: 'Leipzig', en: 'Leipzig' }).names).toEqual({
      de: 'Leipzig',
      en: 'Leipzig',
    });
    expect(selectMessage(null, null)).toEqual({ source: target, type: 'select', city: null, names: null });
  });

  it('copy the filters, so later changes do not leak into a sent message', () => {
    const status: RelationStatus[] = ['paused'];
    const message = filterMessage({ status, type: [], country: ['UA'], q: 'ki', at: null, from: null });
    status.push('active');
    expect(message).toEqual({
      source: target,
      type: 'filter',
      filters: { status: ['paused'], type: [], country: ['UA'], q: 'ki', at: null, from: null },
    });
  });
});
