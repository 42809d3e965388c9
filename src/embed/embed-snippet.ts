import { embedLink } from '../state/url-state';

/** Allowed iframe heights in CSS pixels: below the minimum the map and its controls no longer fit. */
export const EMBED_HEIGHT = { min: 320, max: 2000, initial: 600 } as const;

export interface EmbedSnippetOptions {
  /** Absolute http(s) URL of the view to embed; `embed=1` is added, other parameters are kept. */
  src: string;
  /** Accessible name of the iframe (WCAG 4.1.2): screen readers announce it when entering the frame. */
  title: string;
  /** Height of the iframe in CSS pixels; rounded and kept within EMBED_HEIGHT. */
  height: number;
  /** Adds the resize script, which lets the iframe grow and shrink with its content. */
  autoResize: boolean;
  /** Absolute http(s) URL of embed-resize.js. */
  resizeScriptUrl: string;
}

/** The HTML a city web team pastes into its page. Throws if a URL is not absolute http(s). */
export function embedSnippet({
  src,
  title,
  height,
  autoResize,
  resizeScriptUrl,
}: EmbedSnippetOptions): string {
  const iframeAttributes = [
    attribute('src', embedUrl(src)),
    attribute('title', title),
    'width="100%"',
    attribute('height', String(clampHeight(height))),
    'loading="lazy"',
    'style="border:0"',
    'data-city-relations-map',
    'allow="clipboard-write"',
    'referrerpolicy="no-referrer"',
  ];
  const iframe = `<iframe ${iframeAttributes.join(' ')}></iframe>`;
  if (!autoResize) return iframe;
  return `${iframe}\n<script ${attribute('src', httpUrl(resizeScriptUrl).href)} defer></script>`;
}

/** The view URL as an embed link (see `embedLink`), for http(s) URLs only. */
export function embedUrl(viewUrl: string): string {
  return embedLink(httpUrl(viewUrl)).href;
}

export function clampHeight(height: number): number {
  if (!Number.isFinite(height)) return EMBED_HEIGHT.initial;
  return Math.min(EMBED_HEIGHT.max, Math.max(EMBED_HEIGHT.min, Math.round(height)));
}

/** Escapes a value for a double-quoted HTML attribute, so a title cannot break out of it. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>]/g, (character) => ENTITIES[character] ?? character);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
};

function attribute(name: string, value: string): string {
  return `${name}="${escapeAttribute(value)}"`;
}

// Rejects javascript:, data: and relative URLs: the snippet ends up on other sites' pages.
function httpUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new RangeError(`Not an absolute URL: ${value}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new RangeError(`Not an http(s) URL: ${value}`);
  return url;
}
