import { describe, expect, it } from 'vitest';
import { clampHeight, embedSnippet, embedUrl, escapeAttribute } from '../../src/embed/embed-snippet';

const base = {
  src: 'https://karte.example.de/beziehungen/?city=kyiv&lang=de',
  title: 'Städtebeziehungen',
  height: 600,
  autoResize: false,
  resizeScriptUrl: 'https://karte.example.de/beziehungen/embed-resize.js',
};

describe('embedSnippet', () => {
  it('writes an iframe with the embed URL, title, size and privacy attributes', () => {
    expect(embedSnippet(base)).toBe(
      '<iframe src="https://karte.example.de/beziehungen/?city=kyiv&amp;lang=de&amp;embed=1" title="Städtebeziehungen"' +
        ' width="100%" height="600" loading="lazy" style="border:0" data-city-relations-map' +
        ' allow="clipboard-write" referrerpolicy="no-referrer"></iframe>',
    );
  });

  it('adds the resize script only when asked to', () => {
    const withScript = embedSnippet({ ...base, autoResize: true });
    expect(withScript).toMatch(
      /<\/iframe>\n<script src="https:\/\/karte\.example\.de\/beziehungen\/embed-resize\.js" defer><\/script>$/,
    );
    expect(embedSnippet(base)).not.toContain('<script');
  });

  it('escapes attribute values so a title cannot inject markup', () => {
    const snippet = embedSnippet({ ...base, title: 'Karte "Partner" & <script>alert(1)</script> \'x\'' });
    expect(snippet).toContain(
      'title="Karte &quot;Partner&quot; &amp; &lt;script&gt;alert(1)&lt;/script&gt; &#39;x&#39;"',
    );
    expect(snippet).not.toContain('<script>');
    const parsed = new DOMParser().parseFromString(snippet, 'text/html').querySelector('iframe');
    expect(parsed?.title).toBe('Karte "Partner" & <script>alert(1)</script> \'x\'');
    expect(parsed?.getAttribute('src')).toBe(
      'https://karte.example.de/beziehungen/?city=kyiv&lang=de&embed=1',
    );
  });

  it('keeps the height within the allowed range', () => {
    expect(embedSnippet({ ...base, height: 100 })).toContain('height="320"');
    expect(embedSnippet({ ...base, height: 5000 })).toContain('height="2000"');
    expect(clampHeight(799.6)).toBe(800);
    expect(clampHeight(Number.NaN)).toBe(600);
  });

  it('rejects URLs that are not absolute http(s)', () => {
    expect(() => embedSnippet({ ...base, src: 'javascript:alert(1)' })).toThrow(RangeError);
    expect(() => embedSnippet({ ...base, src: '/relative' })).toThrow(RangeError);
    expect(() =>
      embedSnippet({ ...base, autoResize: true, resizeScriptUrl: 'data:text/javascript,1' }),
    ).toThrow(RangeError);
  });
});

describe('embedUrl', () => {
  it('sets embed=1 once, keeping other parameters and the fragment', () => {
    expect(embedUrl('http://localhost:5173/?embed=0&q=kiew#map')).toBe(
      'http://localhost:5173/?embed=1&q=kiew#map',
    );
    expect(embedUrl('https://example.org/karte')).toBe('https://example.org/karte?embed=1');
  });
});

describe('escapeAttribute', () => {
  it('leaves ordinary text alone', () => {
    expect(escapeAttribute('Leipzig – Kyjiw')).toBe('Leipzig – Kyjiw');
  });
});
