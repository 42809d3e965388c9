import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDatasetBytes, parseDatasetText } from '../../src/data/parse-dataset-text';
import type { ValidationResult } from '../../src/data/validate-dataset';
import { validateDataset } from '../../src/data/validate-dataset';
import { fixtureDataset } from '../support/fixtures';
import { PROPERTY_TIMEOUT_MS, propertyRuns } from '../support/property';

type Json = unknown;

/** Hostile leaves: wrong types, extreme numbers, prototype keys, odd Unicode, markup. */
const leaf = fc.oneof(
  fc.anything({ withObjectString: true, withNullPrototype: true, withBoxedValues: true, maxDepth: 3 }),
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    1e308,
    181,
    -91,
    '',
    ' ',
    '__proto__',
    'constructor',
    'toString',
    'javascript:alert(1)',
    '<img src=x onerror=alert(1)>',
    '\uD800',
    '\u202Eabc',
    'a\u200Bb',
    'e\u0301\u0301',
    'kyiv',
    'home',
    'a',
    '1961',
    '2014-13',
  ),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

/** Every path of objects and arrays inside a value (the places a mutation can hit). */
function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, index) => paths(item, [...prefix, index], out));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) paths(item, [...prefix, key], out);
  return out;
}

function isContainer(value: Json): value is Record<string | number, Json> {
  return value !== null && typeof value === 'object';
}

function at(root: Json, path: readonly (string | number)[]): Json {
  return path.reduce<Json>((node, key) => (isContainer(node) ? node[key] : undefined), root);
}

/** Sets an own property (so "__proto__" becomes a key, as JSON.parse makes it); skips paths that are gone. */
function setAt(root: Json, path: readonly (string | number)[], replacement: Json): Json {
  if (path.length === 0) return replacement;
  const node = at(root, path.slice(0, -1));
  if (!isContainer(node)) return root;
  Object.defineProperty(node, path[path.length - 1]!, {
    value: replacement,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return root;
}

const basePaths = paths(fixtureDataset());

/** The valid fixture with a few values replaced, keys added or array items duplicated. */
const mutatedDataset = fc
  .array(
    fc.tuple(
      fc.constantFrom(...basePaths),
      fc.oneof(leaf, fc.constantFrom('__proto__', 'constructor', 'id', 'sources')),
      fc.constantFrom('replace', 'addKey', 'duplicate'),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((mutations) => {
    let data: Json = structuredClone(fixtureDataset());
    for (const [path, replacement, how] of mutations) {
      const target = at(data, path);
      if (how === 'duplicate' && Array.isArray(target) && target.length > 0)
        target.push(structuredClone(target[0]));
      else if (how === 'addKey' && isContainer(target) && typeof replacement === 'string')
        setAt(target, [replacement], structuredClone(fixtureDataset().features[0]));
      else if (target !== undefined) data = setAt(data, path, replacement);
    }
    return data;
  });

/** Deeply nested arrays and objects, as a hand-edited or generated file might hold. */
const deep = fc.integer({ min: 1, max: 5000 }).map((depth) => {
  let value: Json = 'x';
  for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { features: value };
  return value;
});

function expectResult(result: ValidationResult): void {
  if (result.ok) {
    expect(result.dataset.places.size).toBeGreaterThan(0);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(typeof problem.record).toBe('string');
    expect(typeof problem.path).toBe('string');
    expect(problem.message.length).toBeGreaterThan(0);
  }
}

describe('dataset validator (property-based)', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('never throws on any value: a dataset or a list of problems', () => {
    fc.assert(
      fc.property(fc.oneof(leaf, deep, mutatedDataset), (value) => {
        expectResult(validateDataset(value));
      }),
      propertyRuns(500),
    );
  });

  it('never throws on any text, JSON or not', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.json(),
          mutatedDataset.map((value) => JSON.stringify(value)),
          mutatedDataset.map((value) => `\uFEFF${JSON.stringify(value)}`),
        ),
        (text) => {
          expectResult(parseDatasetText(text));
        },
      ),
      propertyRuns(500),
    );
  });

  it('never throws on any bytes: invalid UTF-8, a BOM, or a valid file with bytes spliced in', () => {
    const encoded = mutatedDataset.map((value) => new TextEncoder().encode(JSON.stringify(value)));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 200 }),
          encoded,
          fc
            .tuple(encoded, fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 4 }))
            .map(([bytes, at, inserted]) => {
              const cut = at % (bytes.length + 1);
              return new Uint8Array([...bytes.subarray(0, cut), ...inserted, ...bytes.subarray(cut)]);
            }),
          encoded.map((bytes) => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])),
        ),
        (bytes) => {
          expectResult(parseDatasetBytes(bytes));
        },
      ),
      propertyRuns(300),
    );
  });

  it('only accepts datasets whose every source reference exists as the file’s own source', () => {
    fc.assert(
      fc.property(mutatedDataset, (value) => {
        const result = validateDataset(value);
        if (!result.ok) return;
        const { sources } = result.dataset;
        for (const relation of result.dataset.relations)
          for (const event of relation.events)
            for (const id of [...event.sources, ...(event.dispute?.sources ?? [])])
              expect(Object.hasOwn(sources, id), `source "${id}"`).toBe(true);
      }),
      propertyRuns(500),
    );
  });
});
