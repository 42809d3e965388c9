import { describe, expect, it } from 'vitest';
import { isWellFormedText, truncateText } from '../../src/data/text';

describe('text helpers', () => {
  it('finds unpaired surrogates, not pairs', () => {
    expect(isWellFormedText('Київ 😀')).toBe(true);
    expect(isWellFormedText('a\uD83D')).toBe(false);
    expect(isWellFormedText('\uDE00b')).toBe(false);
  });

  it('cuts long text without splitting a surrogate pair', () => {
    expect(truncateText('abc', 5)).toBe('abc');
    expect(truncateText('abcdef', 3)).toBe('abc');
    const cut = truncateText(`${'a'.repeat(99)}😀`, 100);
    expect(cut).toBe('a'.repeat(99));
    expect(isWellFormedText(cut)).toBe(true);
  });
});
