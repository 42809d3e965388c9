import { describe, expect, it } from 'vitest';
import { element, escapeHtml, httpHref } from '../../../src/cli/prerender/html';

describe('escapeHtml', () => {
  it('escapes what could end a text or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });

  it('leaves other text as it is', () => {
    expect(escapeHtml('Kyiv – Київ, 1961')).toBe('Kyiv – Київ, 1961');
  });
});

describe('httpHref', () => {
  it('keeps absolute http and https URLs', () => {
    expect(httpHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(httpHref('http://example.org')).toBe('http://example.org/');
  });

  it('refuses every other scheme, relative and broken URLs', () => {
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'mailto:a@b.c']) {
      expect(httpHref(url), url).toBeUndefined();
    }
    expect(httpHref('/relative')).toBeUndefined();
    expect(httpHref('https://')).toBeUndefined();
    expect(httpHref(undefined)).toBeUndefined();
  });
});

describe('element', () => {
  it('escapes attribute values and drops undefined ones', () => {
    expect(element('a', { href: 'https://x.org/?a="b"', lang: undefined }, 'text')).toBe(
      '<a href="https://x.org/?a=&quot;b&quot;">text</a>',
    );
  });
});
