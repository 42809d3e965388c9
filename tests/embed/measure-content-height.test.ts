import { describe, expect, it, vi } from 'vitest';
import { measureContentHeight } from '../../src/embed/measure-content-height';

function contentWithBottom(bottom: number, marginBottom = '') {
  const content = document.createElement('div');
  content.style.marginBottom = marginBottom;
  vi.spyOn(content, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ y: 0, height: bottom }));
  return content;
}

describe('measureContentHeight', () => {
  it('is the bottom edge of the content plus its bottom margin', () => {
    expect(measureContentHeight(contentWithBottom(640.5, '16px'))).toBe(656.5);
  });

  it('counts content scrolled out of view', () => {
    vi.spyOn(window, 'scrollY', 'get').mockReturnValue(100);
    expect(measureContentHeight(contentWithBottom(500))).toBe(600);
  });

  it('is zero for a detached document without a window', () => {
    const detached = document.implementation.createHTMLDocument('');
    expect(measureContentHeight(detached.createElement('div'))).toBe(0);
  });
});
