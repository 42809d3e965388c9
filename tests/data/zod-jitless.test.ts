import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import '../../src/data/zod-jitless';

describe('zod under a strict CSP', () => {
  it('never compiles parsers with new Function', () => {
    expect(z.config().jitless).toBe(true);
  });
});
