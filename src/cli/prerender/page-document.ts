import { escapeHtml } from './html';
import type { StaticPage } from './static-page';

const ROOT = '<div id="root"></div>';

/**
 * index.html with the static page in it: <html lang>, <title>, a description, and the content in
 * a <noscript> inside #root. With JavaScript the browser never shows it, so a reader of another
 * dataset, language, deep link or an embed never sees the default view's text; React's root then
 * replaces it. Without JavaScript it is the page.
 */
export function withStaticPage(html: string, page: StaticPage, language: string): string {
  if (!html.includes(ROOT)) throw new Error(`index.html has no ${ROOT} to fill`);
  const description = `<meta name="description" content="${escapeHtml(page.description)}" />`;
  return html
    .replace(/<html lang="[^"]*">/, `<html lang="${escapeHtml(language)}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>\n    ${description}`)
    .replace(ROOT, `<div id="root"><noscript>${page.body}</noscript></div>`);
}
