import type { FontFacesSpecification } from 'maplibre-gl';

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

/**
 * The files of `font` that MapLibre downloads to draw these labels: for each character, the first
 * declared file whose `unicode-range` covers it (a file without one covers every character), which
 * is how MapLibre picks. So the page can ask for them before MapLibre gets round to it.
 */
export function labelFontFiles(
  faces: FontFacesSpecification | undefined,
  font: string,
  labels: Iterable<string>,
): string[] {
  const declared = faces?.[font];
  if (declared === undefined) return [];
  const files = (Array.isArray(declared) ? declared : [declared]).map((face) =>
    typeof face === 'string'
      ? { url: face, ranges: [EVERY_CODE_POINT] }
      : {
          url: face.url,
          ranges: face['unicode-range']?.length
            ? face['unicode-range'].flatMap((entry) => {
                const range = parseRange(entry);
                return range ? [range] : [];
              })
            : [EVERY_CODE_POINT],
        },
  );
  const codePoints = new Set<number>();
  for (const label of labels) for (const char of label) codePoints.add(char.codePointAt(0) ?? 0);
  const used = new Set<string>();
  for (const code of codePoints) {
    const file = files.find((candidate) =>
      candidate.ranges.some(([start, end]) => code >= start && code <= end),
    );
    if (file) used.add(file.url);
  }
  return files.filter((file) => used.has(file.url)).map((file) => file.url);
}
