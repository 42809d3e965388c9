import { describe, expect, it } from 'vitest';
import { chooseEncoding, type Encoding } from '../../../src/cli/serving/accept-encoding';

const BOTH = new Set<Encoding>(['br', 'gzip']);

describe('chooseEncoding', () => {
  it('prefers brotli when both are accepted alike, gzip when only gzip is', () => {
    expect(chooseEncoding('gzip, deflate, br', BOTH)).toBe('br');
    expect(chooseEncoding('gzip', BOTH)).toBe('gzip');
    expect(chooseEncoding('x-gzip', BOTH)).toBe('gzip');
    expect(chooseEncoding('GZIP, BR', BOTH)).toBe('br');
  });

  it('follows quality values, and q=0 refuses', () => {
    expect(chooseEncoding('br;q=0.5, gzip;q=0.9', BOTH)).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip', BOTH)).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0', BOTH)).toBeUndefined();
    expect(chooseEncoding('*', BOTH)).toBe('br');
    expect(chooseEncoding('*;q=0, gzip', BOTH)).toBe('gzip');
  });

  it('sends the file as it is without a header, for identity and for codings it lacks', () => {
    expect(chooseEncoding(undefined, BOTH)).toBeUndefined();
    expect(chooseEncoding('', BOTH)).toBeUndefined();
    expect(chooseEncoding('identity', BOTH)).toBeUndefined();
    expect(chooseEncoding('deflate, zstd', BOTH)).toBeUndefined();
    expect(chooseEncoding('br', new Set<Encoding>(['gzip']))).toBeUndefined();
    expect(chooseEncoding('gzip, br', new Set<Encoding>(['gzip']))).toBe('gzip');
    expect(chooseEncoding('br;q=nonsense, gzip;q=0.1', BOTH)).toBe('gzip');
  });
});
