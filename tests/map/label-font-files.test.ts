import { describe, expect, it } from 'vitest';
import { LABEL_FONT, basemapStyle } from '../../src/map/basemap-style';
import { labelFontFiles } from '../../src/map/label-font-files';

const faces = {
  Sans: [
    { url: 'latin.woff2', 'unicode-range': ['U+0000-00FF', 'U+2013'] },
    { url: 'latin-ext.woff2', 'unicode-range': ['U+0100-02AF'] },
    { url: 'cyrillic.woff2', 'unicode-range': ['U+04??'] },
    { url: 'broken.woff2', 'unicode-range': ['not a range'] },
    { url: 'rest.woff2' },
  ],
};

describe('labelFontFiles', () => {
  it('names the first file that covers each character, in the declared order', () => {
    expect(labelFontFiles(faces, 'Sans', ['Leipzig', 'Kyjiw – Київ'])).toEqual([
      'latin.woff2',
      'cyrillic.woff2',
    ]);
    // ł is latin-ext only; the Latin file comes first for what both could draw.
    expect(labelFontFiles(faces, 'Sans', ['Wrocław'])).toEqual(['latin.woff2', 'latin-ext.woff2']);
  });

  it('falls back to a file without ranges, and never to one whose ranges are all invalid', () => {
    expect(labelFontFiles(faces, 'Sans', ['東京'])).toEqual(['rest.woff2']);
    expect(labelFontFiles({ Sans: 'only.woff2' }, 'Sans', ['Ἀθῆναι'])).toEqual(['only.woff2']);
  });

  it('goes by the first character of each grapheme cluster, as MapLibre does', () => {
    const combining = {
      Sans: [
        { url: 'latin.woff2', 'unicode-range': ['U+0000-00FF'] },
        { url: 'marks.woff2', 'unicode-range': ['U+0300-036F'] },
      ],
    };
    // "é" as e + U+0301: one cluster, drawn from the file that covers e.
    expect(labelFontFiles(combining, 'Sans', ['Pe\u0301cs'])).toEqual(['latin.woff2']);
  });

  it('goes by code points where the browser cannot segment text, as MapLibre then does', () => {
    const segmenter = Intl.Segmenter;
    Object.defineProperty(Intl, 'Segmenter', { configurable: true, value: undefined });
    try {
      const combining = {
        Sans: [{ url: 'latin.woff2', 'unicode-range': ['U+0000-00FF'] }, { url: 'marks.woff2' }],
      };
      expect(labelFontFiles(combining, 'Sans', ['Pe\u0301cs'])).toEqual(['latin.woff2', 'marks.woff2']);
    } finally {
      Object.defineProperty(Intl, 'Segmenter', { configurable: true, value: segmenter });
    }
  });

  it('skips a face without a URL and names a file declared twice once', () => {
    const odd = {
      Sans: [{ 'unicode-range': ['U+0000-00FF'] }, { url: 'a.woff2' }, 'a.woff2'],
    } as unknown as typeof faces;
    expect(labelFontFiles(odd, 'Sans', ['Leipzig', '東京'])).toEqual(['a.woff2']);
  });

  it('names nothing for a font the style does not declare, or no labels', () => {
    expect(labelFontFiles(undefined, 'Sans', ['Leipzig'])).toEqual([]);
    expect(labelFontFiles(faces, 'Serif', ['Leipzig'])).toEqual([]);
    expect(labelFontFiles(faces, 'Sans', [])).toEqual([]);
  });

  it('picks the bundled Latin file for German labels and the Cyrillic one for Ukrainian', () => {
    const style = basemapStyle('http://127.0.0.1/', 'light');
    const files = (labels: string[]) =>
      labelFontFiles(style['font-faces'], LABEL_FONT, labels).map((url) => url.split('/').pop());
    expect(files(['Leipzig', 'Kiew', 'Nanjing'])).toEqual([expect.stringMatching(/latin-400/)]);
    expect(files(['Лейпциг', 'Київ'])).toEqual([expect.stringMatching(/cyrillic-400/)]);
  });
});
