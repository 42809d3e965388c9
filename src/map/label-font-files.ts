import type { FontFacesSpecification } from 'maplibre-gl';

/** One entry of a font's `font-faces` list (the style spec's MLFontFace, which MapLibre does not export by name). */
type MLFontFace = Exclude<FontFacesSpecification[string], string>[number];

type CodeRange = readonly [start: number, end: number];

const EVERY_CODE_POINT: CodeRange = [0, 0x10ffff];

/** One `unicode-range` entry in the grammar MapLibre reads (U+A5, U+0-7F, U+4??); undefined if it is none. */
function parseRange(entry: string): CodeRange | undefined {
  const wildcard = /^u\+([0-9a-f]*)(\?+)$/i.exec(entry);
  if (wildcard) {
    const [, prefix = '', marks = ''] = wildcard;
    if (prefix.length + marks.length > 6) return undefined;
    const bound = (digit: string) => parseInt(prefix + digit.repeat(marks.length), 16);
    return [bound('0'), bound('f')];
  }
  const explicit = /^u\+([0-9a-f]{1,6})(?:-([0-9a-f]{1,6}))?$/i.exec(entry);
  if (!explicit?.[1]) return undefined;
  const start = parseInt(explicit[1], 16);
  const end = explicit[2] === undefined ? start : parseInt(explicit[2], 16);
  return start <= end ? [start, end] : undefined;
}

/** A declared face as MapLibre keeps it; none for one without a URL, which MapLibre ignores. */
function declaredFile(face: string | MLFontFace): { url: string; ranges: CodeRange[] }[] {
  if (typeof face === 'string') return [{ url: face, ranges: [EVERY_CODE_POINT] }];
  // Typed as a string, but a style from elsewhere is only checked in outline.
  if (typeof face.url !== 'string') return [];
  const entries = face['unicode-range'] ?? [];
  if (entries.length === 0) return [{ url: face.url, ranges: [EVERY_CODE_POINT] }];
  return [
    {
      url: face.url,
      ranges: entries.flatMap((entry) => {
        const range = parseRange(entry);
        return range ? [range] : [];
      }),
    },
  ];
}

/**
 * The files of `font` that MapLibre downloads to draw these labels: for each grapheme cluster, the
 * first declared file whose `unicode-range` covers its first code point (a file without one covers
 * every character), which is how MapLibre picks. So the page can ask for them before MapLibre does.
 */
export function labelFontFiles(
  faces: FontFacesSpecification | undefined,
  font: string,
  labels: Iterable<string>,
): string[] {
  const declared = faces?.[font];
  if (declared === undefined) return [];
  const files = (Array.isArray(declared) ? declared : [declared]).flatMap(declaredFile);
  // Where the browser cannot segment, code points, as MapLibre then uses.
  const segmenter =
    typeof Intl.Segmenter === 'function'
      ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
      : undefined;
  const codePoints = new Set<number>();
  for (const label of labels) {
    const clusters = segmenter ? Array.from(segmenter.segment(label), ({ segment }) => segment) : label;
    for (const cluster of clusters) codePoints.add(cluster.codePointAt(0) ?? 0);
  }
  const used = new Set<string>();
  for (const code of codePoints) {
    const file = files.find((candidate) =>
      candidate.ranges.some(([start, end]) => code >= start && code <= end),
    );
    if (file) used.add(file.url);
  }
  return [...new Set(files.filter((file) => used.has(file.url)).map((file) => file.url))];
}
