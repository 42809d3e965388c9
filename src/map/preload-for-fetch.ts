/**
 * Asks for files that a later fetch() of the same URL then takes over (`<link rel="preload"
 * as="fetch">`), each once. Anonymous CORS is what fetch() asks with by default (same-origin
 * credentials); with anything else the browser would download the file twice.
 */
export function preloadForFetch(urls: readonly string[]): void {
  const preloaded = new Set(
    [
      ...document.head.querySelectorAll<HTMLLinkElement>(
        'link[rel="preload"][as="fetch"][crossorigin="anonymous"]',
      ),
    ].map((link) => link.href),
  );
  for (const url of urls) {
    const href = new URL(url, document.baseURI).href;
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    const link = document.createElement('link');
    link.rel = 'preload';
    link.setAttribute('as', 'fetch');
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.appendChild(link);
  }
}
