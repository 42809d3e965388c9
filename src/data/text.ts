/**
 * Unicode helpers for text that comes from outside (data files, links, host pages). In a `u`
 * regular expression a surrogate class matches only unpaired halves, which no encoder can
 * represent (URLs and UTF-8 silently turn them into U+FFFD, so a round trip would change them).
 */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** False when the text holds an unpaired surrogate (ES2024's String#isWellFormed, for older runtimes). */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** At most `max` UTF-16 units, never cutting a surrogate pair in half. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
