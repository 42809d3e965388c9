// @vitest-environment jsdom
// The page is parsed as a browser would (DOMParser), so the assertions read elements, not strings.
import { describe, expect, it } from 'vitest';
import { staticPage } from '../../../src/cli/prerender/static-page';
import { appConfigSchema } from '../../../src/config/app-config';
import type { Dataset } from '../../../src/data/dataset';
import { validateDataset } from '../../../src/data/validate-dataset';
import { createI18n } from '../../../src/i18n/i18n';
import { fixtureDataset } from '../../support/fixtures';

function dataset(change: (input: ReturnType<typeof fixtureDataset>) => void = () => undefined): Dataset {
  const input = fixtureDataset();
  change(input);
  const result = validateDataset(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

function render(data: Dataset, language: 'de' | 'en' = 'de', at = '2025-06-01', config = {}) {
  const t = createI18n(language).getFixedT(language);
  const page = staticPage({ dataset: data, config: appConfigSchema.parse(config), language, at, t });
  return { page, document: new DOMParser().parseFromString(page.body, 'text/html') };
}

const texts = (elements: Iterable<Element>) => [...elements].map((element) => element.textContent);

describe('staticPage', () => {
  it('groups the relations by status, in the vocabulary order, with counts', () => {
    const { document } = render(dataset());
    expect(texts(document.querySelectorAll('h2'))).toEqual(['Aktiv (2)', 'Ausgesetzt (1)']);
    const active = document.querySelector('section[aria-labelledby="static-active"]');
    // Sorted by the other place's name: "Kiew" before "Netz".
    expect(texts(active?.querySelectorAll('h3') ?? [])).toEqual([
      'Beziehung Heimstadt – Kiew',
      'Beziehung Heimstadt – Netz',
    ]);
  });

  it('gives each relation its start, kind and status with its date, as of the chosen day', () => {
    const { document } = render(dataset());
    const moscow = document.querySelector('section[aria-labelledby="static-paused"] li');
    expect(texts(moscow?.querySelectorAll('dt') ?? [])).toEqual(['Beginn', 'Art', 'Status']);
    expect(texts(moscow?.querySelectorAll('dd') ?? [])).toEqual([
      'April 2014',
      'Kooperationsvereinbarung',
      'Ausgesetzt seit März 2022',
    ]);
    // Before the pause, Moscow was still active.
    const before = render(dataset(), 'de', '2020-01-01').document;
    expect(texts(before.querySelectorAll('h2'))).toEqual(['Aktiv (3)']);
  });

  it('lists the sources a history cites, once each, linking http(s) URLs only', () => {
    const data = dataset();
    const hostile: Dataset = {
      ...data,
      sources: { ...data.sources, b: { title: 'B', publisher: 'P', url: 'javascript:alert(1)' } },
    };
    const { document } = render(hostile);
    const kyiv = document.querySelector('section[aria-labelledby="static-active"] li');
    const sources = kyiv?.querySelectorAll('.static-sources li') ?? [];
    expect(sources).toHaveLength(2);
    expect([...(kyiv?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/a',
    ]);
    expect(sources[1]?.textContent).toBe('B (ohne Link) — P');
    expect(document.querySelectorAll('a[href^="javascript"]')).toHaveLength(0);
  });

  it('escapes every text from the data', () => {
    const data = dataset((input) => {
      input.metadata.title.de = '<script>alert(1)</script>';
      input.sources.a = {
        title: '<img src=x onerror=alert(1)>',
        publisher: 'A & B',
        url: 'https://x.org/?q="1"',
      };
    });
    const { page, document } = render(data);
    expect(page.title).toBe('<script>alert(1)</script>');
    expect(page.body).not.toContain('<script');
    expect(page.body).not.toContain('<img');
    expect(document.querySelectorAll('script, img')).toHaveLength(0);
    expect(document.querySelector('h1')?.textContent).toBe('<script>alert(1)</script>');
    expect(document.querySelector('a')?.getAttribute('href')).toBe('https://x.org/?q=%221%22');
    expect(document.querySelector('.static-sources li')?.textContent).toContain('A & B');
  });

  it('is written in the language asked for, with the configured title', () => {
    const { page, document } = render(dataset(), 'en', '2025-06-01', { title: { de: 'Karte', en: 'Map' } });
    expect(page.title).toBe('Map');
    expect(document.querySelector('h1')?.textContent).toBe('Map');
    expect(texts(document.querySelectorAll('h2'))).toEqual(['Active (2)', 'Paused (1)']);
    expect(document.querySelector('dd')?.textContent).toBe('1961');
    expect(document.body.textContent).not.toContain('Beginn');
  });
});
