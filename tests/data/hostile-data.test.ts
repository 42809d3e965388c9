import { describe, expect, it } from 'vitest';
import { MAX_DATA_FILE_BYTES } from '../../src/data/decode-data-file';
import { parseDatasetBytes, parseDatasetText } from '../../src/data/parse-dataset-text';
import { formatProblem } from '../../src/data/problem';
import { validateDataset } from '../../src/data/validate-dataset';
import { fixtureDataset } from '../support/fixtures';

type Json = Record<string, unknown>;
type Data = Json & { features: Json[]; sources: Json; metadata: Json };

const props = (feature: Json | undefined) => (feature as { properties: Json }).properties;
const names = (feature: Json | undefined) => props(feature).names as Json;
const events = (feature: Json | undefined) => props(feature).events as Json[];

function data(): Data {
  return structuredClone(fixtureDataset());
}

/** The problem lines after `mutate`, or [] when the file is valid. */
function problemsAfter(mutate: (d: Data) => void): string[] {
  const d = data();
  mutate(d);
  const result = validateDataset(d);
  return result.ok ? [] : result.problems.map(formatProblem);
}

const encode = (text: string) => new TextEncoder().encode(text);

describe(
  'hostile datasets: every case ends in a dataset or named problems, never a throw',
  { timeout: 60_000 },
  () => {
    it('wrong types where objects, strings and numbers belong', () => {
      expect(validateDataset(null).ok).toBe(false);
      expect(validateDataset([]).ok).toBe(false);
      expect(validateDataset('FeatureCollection').ok).toBe(false);
      const lines = problemsAfter((d) => {
        d.features[0] = 42 as unknown as Json;
        names(d.features[1]).de = ['Kiew'];
        (d.features[2]!.geometry as Json).coordinates = ['37', '55'];
      });
      expect(lines).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^features\[0\]/),
          expect.stringMatching(/^place "kyiv" › properties\.names\.de: /),
          expect.stringMatching(/^place "moscow" › geometry\.coordinates\[0\]: /),
        ]),
      );
      const envelope = problemsAfter((d) => {
        d.sources.a = 'a source';
        d.metadata.homePlaceIds = 'home';
      });
      expect(envelope).toEqual([
        expect.stringMatching(/^dataset › metadata\.homePlaceIds: /),
        expect.stringMatching(/^dataset › sources\.a: /),
      ]);
    });

    it('huge strings are refused with the field named, not laid out', () => {
      const lines = problemsAfter((d) => {
        names(d.features[1]).de = 'K'.repeat(1_000_000);
        props(d.features[4]).summary = { de: 'x'.repeat(10_000), en: 'ok' };
      });
      expect(lines).toEqual([
        expect.stringMatching(/^place "kyiv" › properties\.names\.de: Too big/),
        expect.stringMatching(/^relation "home-kyiv" › properties\.summary\.de: Too big/),
      ]);
    });

    it('deep nesting (100,000 levels) is parsed and refused without a stack overflow', () => {
      const depth = 100_000;
      const text = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      const result = parseDatasetText(text);
      expect(result.ok).toBe(false);
      let nested: unknown = 'x';
      for (let i = 0; i < depth; i += 1) nested = { names: nested };
      const lines = problemsAfter((d) => {
        props(d.features[1]).names = nested;
      });
      expect(lines).toEqual(
        expect.arrayContaining([expect.stringMatching(/^place "kyiv" › properties\.names/)]),
      );
    });

    it.each([
      [NaN, 50, 0],
      [Infinity, 50, 0],
      [-Infinity, 50, 0],
      [181, 50, 0],
      [30, -90.5, 1],
      [30, 1e308, 1],
    ])('refuses the coordinates [%s, %s]', (lon, lat, index) => {
      const lines = problemsAfter((d) => {
        (d.features[1]!.geometry as { coordinates: number[] }).coordinates = [lon, lat];
      });
      expect(lines).toEqual([
        expect.stringMatching(new RegExp(`^place "kyiv" › geometry\\.coordinates\\[${index}\\]: `)),
      ]);
    });

    it('names duplicate place and relation ids', () => {
      const lines = problemsAfter((d) => {
        d.features.push(structuredClone(d.features[1]!), structuredClone(d.features[4]!));
      });
      expect(lines).toEqual([
        'place "kyiv" › properties.id: duplicate place id "kyiv"',
        'relation "home-kyiv" › properties.id: duplicate relation id "home-kyiv"',
      ]);
    });

    it('accepts right-to-left, zero-width and combining text as text', () => {
      const result = validateDataset(
        (() => {
          const d = data();
          names(d.features[1]).native = 'كييف \u202Eevil\u202C';
          names(d.features[1]).alt = ['Ky\u200Biv', 'Kyi\u0308\u0301\u0301v'];
          return d;
        })(),
      );
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.dataset.places.get('kyiv')?.names.alt).toContain('Ky\u200Biv');
    });

    it('refuses lone surrogates (broken Unicode) and says so', () => {
      const lines = problemsAfter((d) => {
        names(d.features[1]).en = 'Ky\uD800iv';
      });
      expect(lines).toEqual([
        'place "kyiv" › properties.names.en: contains broken Unicode (an unpaired surrogate)',
      ]);
    });

    it('"__proto__" and "constructor" keys neither pollute nor pass as real references', () => {
      const text = JSON.stringify(data()).replace(
        '"sources":{',
        '"sources":{"__proto__":{"title":"x","publisher":"y","polluted":true},',
      );
      const polluted = parseDatasetText(text);
      expect(polluted.ok ? [] : polluted.problems.map(formatProblem)).toEqual([
        'sources › "__proto__": not a valid source id',
      ]);
      expect(({} as Json).polluted).toBeUndefined();
      // Every object inherits "constructor"; a reference to it must still be an unknown source.
      const lines = problemsAfter((d) => {
        events(d.features[4])[0]!.sources = ['constructor'];
        props(d.features[1]).population = { value: 1, sources: ['constructor'] };
      });
      expect(lines).toEqual([
        'place "kyiv" › properties.population.sources[0]: unknown source "constructor"',
        'relation "home-kyiv" › properties.events[0].sources[0]: unknown source "constructor"',
      ]);
    });

    it('accepts a UTF-8 byte order mark', () => {
      expect(parseDatasetBytes(encode(`\uFEFF${JSON.stringify(data())}`)).ok).toBe(true);
      expect(parseDatasetText(`\uFEFF${JSON.stringify(data())}`).ok).toBe(true);
    });

    it('refuses bytes that are not UTF-8, with the line of the first bad byte', () => {
      const text = JSON.stringify(data(), null, 1).replace('Kiew', 'K\u00E9w');
      const latin1 = Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
      const result = parseDatasetBytes(latin1);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const line = text.slice(0, text.indexOf('K\u00E9w')).split('\n').length;
      expect(result.problems.map(formatProblem)).toEqual([
        `file: is not UTF-8 text (first bad byte on line ${line}); save it as UTF-8`,
      ]);
    });

    it('refuses a 50 MB file by its size, before parsing it', () => {
      const bytes = new Uint8Array(50 * 1024 * 1024).fill(0x20);
      const result = parseDatasetBytes(bytes);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]?.message).toBe('too large: 50.0 MB (the limit is 25.0 MB)');
      expect(MAX_DATA_FILE_BYTES).toBeLessThan(bytes.byteLength);
    });

    it.each([
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' https://example.org',
      'data:text/html,x',
      '//evil.example',
    ])('allows only http(s) links, not %j', (url) => {
      const lines = problemsAfter((d) => {
        (d.sources.a as Json).url = url;
      });
      expect(lines).toEqual([expect.stringMatching(/^dataset › sources\.a\.url: must be an http\(s\) URL/)]);
    });
  },
);
