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

describe('withStaticPage', () => {
  it('puts the content into a noscript in #root, which React replaces', () => {
    const html = withStaticPage(INDEX, PAGE, 'en');
    expect(html).toContain('<div id="root"><noscript><div class="static-page">x</div></noscript></div>');
    expect(html).toContain('<html lang="en">');
  });

  it('escapes title and description, and adds no inline script', () => {
    const html = withStaticPage(INDEX, PAGE, 'de');
    expect(html).toContain('<title>A &quot;title&quot; &lt;b&gt;</title>');
    expect(html).toContain('<meta name="description" content="About &lt;this&gt;" />');
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('refuses a page without the root to fill', () => {
    expect(() => withStaticPage('<html lang="de"></html>', PAGE, 'de')).toThrow(/root/);
  });
});
