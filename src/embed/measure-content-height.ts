/**
 * The height in px a frame needs to show `content` without scrolling: the element's
 * bottom edge in document coordinates plus its bottom margin.
 *
 * Measures an element rather than the document because a document is never shorter
 * than its frame: a frame sized to the document's height could grow but never shrink.
 * For the same reason `content` must not take its height from the viewport (vh units,
 * height: 100%), or frame and content would keep growing each other.
 */
export function measureContentHeight(content: Element): number {
  const view = content.ownerDocument.defaultView;
  if (!view) return 0;
  const bottom = content.getBoundingClientRect().bottom + view.scrollY;
  const margin = Number.parseFloat(view.getComputedStyle(content).marginBottom);
  return Math.max(0, bottom + (Number.isFinite(margin) ? margin : 0));
}
