/** Text for HTML content and attribute values: the five characters that could end either are escaped. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * The URL as a link target if it is an absolute http(s) URL, else undefined: a data file must
 * not put a `javascript:` or `data:` link into the page, even one the schema would refuse.
 */
export function httpHref(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** An element with escaped text content and attributes; `html` children are trusted markup. */
export function element(
  name: string,
  attributes: Record<string, string | undefined>,
  ...children: readonly string[]
): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeHtml(value)}"`)
    .join('');
  return `<${name}${attrs}>${children.join('')}</${name}>`;
}
