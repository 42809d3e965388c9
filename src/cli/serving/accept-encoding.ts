/** The pre-compressed variants a server can send, best first. */
export const ENCODINGS = ['br', 'gzip'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** The file suffix of each variant. */
export const ENCODING_SUFFIX: Readonly<Record<Encoding, string>> = { br: '.br', gzip: '.gz' };

/** The quality value (0–1) the request gives a coding; `*` covers codings not named. */
function qualities(header: string): Map<string, number> {
  const result = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (name === '') continue;
    const q = params.map((param) => /^\s*q=(.*)$/.exec(param)?.[1]).find((value) => value !== undefined);
    // A malformed weight counts as a refusal: better the plain file than a coding not wanted.
    const quality = q === undefined ? 1 : /^\s*[01](\.\d{0,3})?\s*$/.test(q) ? Number(q) : 0;
    result.set(name.trim(), quality);
  }
  return result;
}

/**
 * Picks the variant to send for an `Accept-Encoding` header (RFC 9110 §12.5.3), among those
 * that exist: brotli before gzip when the client accepts both equally; none when it accepts
 * neither (q=0 refuses). `undefined` means: send the file as it is.
 */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  available: ReadonlySet<Encoding>,
): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const q = qualities(acceptEncoding);
  const wildcard = q.get('*') ?? 0;
  let best: Encoding | undefined;
  let bestQuality = 0;
  for (const encoding of ENCODINGS) {
    const quality = q.get(encoding) ?? (encoding === 'gzip' ? (q.get('x-gzip') ?? wildcard) : wildcard);
    if (available.has(encoding) && quality > bestQuality) {
      best = encoding;
      bestQuality = quality;
    }
  }
  return best;
}
