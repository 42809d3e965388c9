import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchemaText } from '../../src/data/json-schema';

describe('public/data/schema.json', () => {
  it('is the JSON Schema generated from the zod schema (run `npm run schema` after changing it)', () => {
    expect(readFileSync('public/data/schema.json', 'utf8')).toBe(datasetJsonSchemaText());
  });

  it('describes dates and URLs with patterns GIS and editors can check', () => {
    const text = datasetJsonSchemaText();
    expect(text).toContain('^\\\\d{4}(?:-\\\\d{2}(?:-\\\\d{2})?)?$');
    expect(text).toContain('^https?:\\\\/\\\\/');
  });
});
