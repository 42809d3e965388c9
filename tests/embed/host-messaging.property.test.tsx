import fc from 'fast-check';
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHostCommand, PROTOCOL_ID, type HostCommand } from '../../src/embed/host-protocol';
import { useHostMessaging } from '../../src/embed/use-host-messaging';
import { RELATION_STATUSES, RELATION_TYPES } from '../../src/data/vocabulary';
import { PROPERTY_TIMEOUT_MS, propertyRuns } from '../support/property';

const HOST = 'https://www.leipzig.de';
const parentDescriptor = Object.getOwnPropertyDescriptor(window, 'parent');
const parent = { postMessage: vi.fn() };

beforeEach(() => {
  Object.defineProperty(window, 'parent', { value: parent, configurable: true });
  vi.stubGlobal('requestAnimationFrame', () => 0);
  vi.stubGlobal('cancelAnimationFrame', vi.fn());
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
});

afterEach(() => {
  if (parentDescriptor) Object.defineProperty(window, 'parent', parentDescriptor);
  vi.unstubAllGlobals();
});

/** Commands as a host page would send them, valid or slightly off in every field. */
const command = fc.oneof(
  fc.record({
    target: fc.constantFrom(PROTOCOL_ID, 'other-widget'),
    type: fc.constant('select'),
    city: fc.oneof(fc.constantFrom('kyiv', null, 'Kyiv', '<b>', '__proto__'), fc.string()),
  }),
  fc.record({
    target: fc.constantFrom(PROTOCOL_ID, 'other-widget'),
    type: fc.constant('setDate'),
    at: fc.oneof(fc.constantFrom('2014-05-01', '2014', null, '2023-02-29', 1961), fc.string()),
  }),
  fc.record({
    target: fc.constantFrom(PROTOCOL_ID, 'other-widget'),
    type: fc.constant('setFilters'),
    filters: fc.oneof(
      fc.record(
        {
          status: fc.array(fc.oneof(fc.constantFrom(...RELATION_STATUSES), fc.anything())),
          type: fc.array(fc.oneof(fc.constantFrom(...RELATION_TYPES), fc.anything())),
          country: fc.array(fc.oneof(fc.constantFrom('UA', 'ru', 'ß'), fc.string())),
          q: fc.oneof(fc.string({ maxLength: 300 }), fc.anything()),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    ),
  }),
  fc.anything({ withObjectString: true, withNullPrototype: true }),
);

const origin = fc.oneof(
  fc.constantFrom(HOST, `${HOST}/`, 'https://leipzig.de', 'http://www.leipzig.de', 'null', '*', ''),
  fc.webUrl().map((url) => new URL(url).origin),
);

/** Who posted: the framing page, another window (a nested frame, an extension), or nothing. */
const source = fc.constantFrom('parent', 'other', 'none');

describe('host commands (property-based)', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('are obeyed only when well-formed, from an allowed origin, sent by the framing page', () => {
    const onCommand = vi.fn<(command: HostCommand) => void>();
    renderHook(() =>
      useHostMessaging({
        enabled: true,
        allowedOrigins: [HOST],
        selection: null,
        filters: { status: [], type: [], country: [], q: '', at: null, from: null },
        measureHeight: () => 600,
        onCommand,
      }),
    );
    fc.assert(
      fc.property(command, origin, source, (data, from, sender) => {
        onCommand.mockClear();
        const event = new MessageEvent('message', { data, origin: from });
        const posted = sender === 'parent' ? parent : sender === 'other' ? { postMessage: vi.fn() } : null;
        Object.defineProperty(event, 'source', { value: posted });
        act(() => {
          window.dispatchEvent(event);
        });
        const expected = from === HOST && sender === 'parent' ? parseHostCommand(data) : undefined;
        if (expected === undefined) expect(onCommand).not.toHaveBeenCalled();
        else expect(onCommand.mock.calls).toEqual([[expected]]);
      }),
      propertyRuns(1000),
    );
  });
});
