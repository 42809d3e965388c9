import { escapeHtml } from './html';
import type { StaticPage } from './static-page';

const ROOT = '<div id="root"></div>';
const TITLE = /<title>[^<]*<\/title>/;

/** The app's first view, rendered at build time, and the script that decides whether it shows. */
export interface FirstViewHtml {
  /** #root's content, as React renders it for the first view. */
  html: string;
  /** The day it shows (the build day): main.tsx hydrates it only on that day. */
  at: string;
  /** The script's path relative to index.html. */
  script: string;
}

/**
 * index.html with the prerendered content: <html lang>, <title>, a description, and the static
 * page in a <noscript> after #root, which is the page without JavaScript.
 *
 * With `firstView`, #root holds the app's first view too. It is hidden by the page's CSS until
 * the first-view script, run before the first paint, has seen that this is the default view
 * (see src/app/first-view.tsx), so a reader of another dataset, language or deep link never
 * sees it; React hydrates it or replaces it.
 */
export function withStaticPage(
  html: string,
  page: StaticPage,
  language: string,
  firstView?: FirstViewHtml,
): string {
  if (!html.includes(ROOT)) throw new Error(`index.html has no ${ROOT} to fill`);
  if (!TITLE.test(html)) throw new Error('index.html has no <title> to replace');
  const head = [
    `<title>${escapeHtml(page.title)}</title>`,
    `<meta name="description" content="${escapeHtml(page.description)}" />`,
    ...(firstView ? [`<script src="${escapeHtml(firstView.script)}"></script>`] : []),
  ].join('\n    ');
  const root = firstView
    ? `<div id="root" data-first-view="${escapeHtml(firstView.at)}">${firstView.html}</div>`
    : ROOT;
  // Replaced by functions: a "$&" in the data must stay text, not become a replacement pattern.
  return html
    .replace(/<html lang="[^"]*">/, () => `<html lang="${escapeHtml(language)}">`)
    .replace(TITLE, () => head)
    .replace(ROOT, () => `${root}<noscript>${page.body}</noscript>`);
}
