import { describe, expect, it } from 'vitest';
import { withStaticPage } from '../../../src/cli/prerender/page-document';

const INDEX = `<!doctype html>
<html lang="de">
  <head>
    <title>Städtebeziehungen</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const PAGE = {
  title: 'A "title" <b>',
  description: 'About <this>',
  body: '<div class="static-page">x</div>',
};

const FIRST_VIEW = {
  html: '<div class="layout"><h1>Costs $&amp; and $1</h1></div>',
  at: '2026-12-01',
  script: './assets/first-view-0123abcd.js',
};

describe('withStaticPage', () => {
  it('puts the static page into a noscript after an empty #root', () => {
    const html = withStaticPage(INDEX, PAGE, 'en');
    expect(html).toContain('<div id="root"></div><noscript><div class="static-page">x</div></noscript>');
    expect(html).toContain('<html lang="en">');
  });

  it('escapes title and description, and adds no inline script', () => {
    const html = withStaticPage(INDEX, PAGE, 'de', FIRST_VIEW);
    expect(html).toContain('<title>A &quot;title&quot; &lt;b&gt;</title>');
    expect(html).toContain('<meta name="description" content="About &lt;this&gt;" />');
    expect(html.match(/<script[^>]*>/g)).toEqual([
      '<script src="./assets/first-view-0123abcd.js">',
      '<script type="module" crossorigin src="./assets/index-abc.js">',
    ]);
  });

  it('puts the first view into #root, dated, with its script before the app’s code', () => {
    const html = withStaticPage(INDEX, PAGE, 'de', FIRST_VIEW);
    // Replacement patterns in the content ("$&", "$1") stay as they are.
    expect(html).toContain(
      '<div id="root" data-first-view="2026-12-01"><div class="layout"><h1>Costs $&amp; and $1</h1></div></div>' +
        '<noscript><div class="static-page">x</div></noscript>',
    );
    expect(html.indexOf('first-view-0123abcd.js')).toBeLessThan(html.indexOf('index-abc.js'));
  });

  it('refuses a page without the root to fill', () => {
    expect(() => withStaticPage('<html lang="de"></html>', PAGE, 'de')).toThrow(/root/);
  });
});
