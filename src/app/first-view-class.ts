/**
 * The class index.html's first-view script (src/app/first-view.tsx) puts on <html> when the page
 * is the default view, with no query string: only then does the prerendered app in #root show,
 * and only then may main.tsx hydrate it. Any other link would first show the wrong dataset,
 * language or city. A module of its own so that main.tsx does not bundle the server renderer.
 */
export const FIRST_VIEW_CLASS = 'first-view';
