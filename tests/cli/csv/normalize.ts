/**
 * What may differ between a dataset file and the same data imported from CSV: key order, the
 * editor's `$schema` pointer, an explicit `certainty: "verified"` and `oneWay: false` (the
 * defaults, written as empty cells). Everything else must come back as it was.
 */
export function normalizedDatasetText(text: string): string {
  const value = JSON.parse(text) as Record<string, unknown>;
  delete value.$schema;
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(
      ([key, item]) => !(key === 'certainty' && item === 'verified') && !(key === 'oneWay' && item === false),
    )
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, item]) => [key, sortKeys(item)]));
}
