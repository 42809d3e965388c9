import type { Page } from '@playwright/test';

/** How wide the page is against its viewport: more scroll width than client width is horizontal scrolling. */
export interface PageWidth {
  scrollWidth: number;
  clientWidth: number;
}

export function pageWidth(page: Page): Promise<PageWidth> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
}

/**
 * Visible elements that stick out of the viewport sideways, where the reader cannot reach them
 * (content lost to reflow). Inside the map, and inside a region that scrolls sideways on its own
 * (a text field, a wide table), being wider is allowed.
 */
export function elementsOutsideViewport(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollsSideways = (element: Element) => {
      const style = getComputedStyle(element);
      return ['auto', 'scroll'].includes(style.overflowX) && element.scrollWidth > element.clientWidth;
    };
    const exempt = (element: Element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        if (parent.classList.contains('maplibregl-map') || scrollsSideways(parent)) return true;
      }
      return false;
    };
    const offending: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      const box = element.getBoundingClientRect();
      // Visually hidden text (1×1 px, clipped) is for screen readers only.
      if (box.width <= 1 && box.height <= 1) continue;
      if (box.left >= -1 && box.right <= width + 1) continue;
      if (exempt(element)) continue;
      const name = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
      offending.push(
        `${name} [${Math.round(box.left)}…${Math.round(box.right)}] "${element.textContent.trim().slice(0, 40)}"`,
      );
    }
    return offending;
  });
}

/**
 * Interactive elements smaller than 24×24 CSS px that also fail WCAG 2.5.8's spacing exception
 * (a 24 px circle centred on the target must not touch another target or its circle). Links
 * inside a line of text are exempt ("inline" exception), as are targets out of sight.
 */
export function undersizedTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const MIN = 24;
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
    // A link in a line of text: its line (the nearest block around it) has text of its own.
    const isInlineLink = (element: Element) => {
      if (element.tagName !== 'A' || getComputedStyle(element).display !== 'inline') return false;
      let block = element.parentElement;
      while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
      const linksText = [...(block?.querySelectorAll('a') ?? [])].map((link) => link.textContent).join('');
      return (block?.textContent ?? '').replace(/\s/g, '').length > linksText.replace(/\s/g, '').length;
    };
    const targets = [...document.querySelectorAll(selector)]
      .filter((element) => element.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(
        ({ box }) => box.width > 1 && box.height > 1 && box.bottom + scrollY > 0 && box.right + scrollX > 0,
      );
    const distanceToBox = (x: number, y: number, box: DOMRect) =>
      Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));
    const problems: string[] = [];
    for (const { element, box } of targets) {
      if (box.width >= MIN && box.height >= MIN) continue;
      if (isInlineLink(element)) continue;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const crowded = targets.some((other) => {
        if (other.element === element || other.element.contains(element) || element.contains(other.element))
          return false;
        if (distanceToBox(x, y, other.box) < MIN / 2) return true;
        const otherSmall = other.box.width < MIN || other.box.height < MIN;
        const ox = other.box.left + other.box.width / 2;
        const oy = other.box.top + other.box.height / 2;
        return otherSmall && !isInlineLink(other.element) && Math.hypot(ox - x, oy - y) < MIN;
      });
      if (crowded) {
        const label = element.getAttribute('aria-label') ?? element.textContent.trim().slice(0, 30);
        problems.push(
          `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${label}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    return problems;
  });
}
