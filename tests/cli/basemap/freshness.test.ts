// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src/cli/basemap/format-bytes';
import { outputsAreFresh } from '../../../src/cli/basemap/freshness';

describe('outputsAreFresh', () => {
  it('is true when every output is at least as new as the newest input', () => {
    expect(outputsAreFresh([100, 200], [200, 300])).toBe(true);
  });

  it('is false when an output is older than some input, or missing', () => {
    expect(outputsAreFresh([100, 200], [150, 300])).toBe(false);
    expect(outputsAreFresh([100], [300, undefined])).toBe(false);
    expect(outputsAreFresh([100], [])).toBe(false);
  });
});

describe('formatBytes', () => {
  it('picks a readable unit', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(311_848)).toBe('305 KB');
    expect(formatBytes(1_669_925)).toBe('1.59 MB');
  });
});
