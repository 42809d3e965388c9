import { afterEach, describe, expect, it } from 'vitest';
import { preloadForFetch } from '../../src/map/preload-for-fetch';

const preloads = () =>
  [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((link) => ({
    href: link.href,
    as: link.getAttribute('as'),
    crossOrigin: link.getAttribute('crossorigin'),
  }));

afterEach(() => document.head.replaceChildren());

describe('preloadForFetch', () => {
  it('asks for each file once, as fetch() will ask for it', () => {
    preloadForFetch(['assets/a.woff2', 'assets/b.woff2']);
    preloadForFetch([new URL('assets/a.woff2', document.baseURI).href]);
    expect(preloads()).toEqual([
      { href: new URL('assets/a.woff2', document.baseURI).href, as: 'fetch', crossOrigin: 'anonymous' },
      { href: new URL('assets/b.woff2', document.baseURI).href, as: 'fetch', crossOrigin: 'anonymous' },
    ]);
  });

  it('leaves a file the page preloads for fetch() already, and only such a preload', () => {
    const preload = (href: string, as: string, crossOrigin?: string) => {
      const link = document.createElement('link');
      link.rel = 'preload';
      link.setAttribute('as', as);
      if (crossOrigin) link.setAttribute('crossorigin', crossOrigin);
      link.href = href;
      document.head.appendChild(link);
    };
    preload('config.json', 'fetch', 'anonymous');
    // Without crossorigin the browser asks with no CORS: that is not what fetch() asks with either.
    preload('data/d.geojson', 'fetch');
    // A font preload is a request of another kind: fetch() would not take it over.
    preload('assets/a.woff2', 'font', 'anonymous');
    preloadForFetch(['config.json', 'assets/a.woff2', 'data/d.geojson']);
    expect(preloads()).toEqual([
      { href: new URL('config.json', document.baseURI).href, as: 'fetch', crossOrigin: 'anonymous' },
      { href: new URL('data/d.geojson', document.baseURI).href, as: 'fetch', crossOrigin: null },
      { href: new URL('assets/a.woff2', document.baseURI).href, as: 'font', crossOrigin: 'anonymous' },
      { href: new URL('assets/a.woff2', document.baseURI).href, as: 'fetch', crossOrigin: 'anonymous' },
      { href: new URL('data/d.geojson', document.baseURI).href, as: 'fetch', crossOrigin: 'anonymous' },
    ]);
  });
});
