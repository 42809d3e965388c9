import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/app-config';
import { ConfigInvalidError, parseConfigText } from '../../src/config/config-query';
import { chooseDataUrl } from '../../src/config/data-url';
import { formatProblem } from '../../src/data/problem';

function problems(text: string): string[] {
  try {
    parseConfigText(text);
  } catch (error) {
    if (error instanceof ConfigInvalidError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

describe('config.json', () => {
  it('fills every default from an empty object and keeps what is set', () => {
    expect(parseConfigText('{}')).toEqual(DEFAULT_CONFIG);
    expect(DEFAULT_CONFIG).toMatchObject({
      datasets: ['data/leipzig.geojson'],
      allowedParentOrigins: [],
    });
    // No default language: the browser's preference decides (see chooseLanguage).
    expect(DEFAULT_CONFIG.defaultLanguage).toBeUndefined();
    expect(parseConfigText('{"defaultLanguage":"uk"}').defaultLanguage).toBe('uk');
    expect(parseConfigText('{"defaultLanguage":"ru"}').defaultLanguage).toBe('ru');
    expect(problems('{"defaultLanguage":"fr"}')).toEqual([
      expect.stringMatching(/^config\.json › defaultLanguage: /),
    ]);
    expect(
      parseConfigText('{"defaultTheme":"dark","allowedParentOrigins":["https://www.leipzig.de"]}'),
    ).toMatchObject({
      defaultTheme: 'dark',
      allowedParentOrigins: ['https://www.leipzig.de'],
    });
  });

  it('names the field of every problem', () => {
    expect(problems('{"defaultTheme":"neon"}')).toEqual([
      expect.stringMatching(/^config\.json › defaultTheme: /),
    ]);
    expect(problems('{"allowedParentOrigins":["https://www.leipzig.de/"]}')).toEqual([
      expect.stringMatching(/^config\.json › allowedParentOrigins\[0\]: must be an origin/),
    ]);
    expect(problems('{"basemapStyleUrl":"javascript:alert(1)"}')).toEqual([
      expect.stringContaining('basemapStyleUrl'),
    ]);
    expect(problems('{"datasets":["ftp://x/y.geojson"]}')).toEqual([expect.stringContaining('datasets[0]')]);
    expect(problems('{"colour":"red"}')).toEqual([expect.stringContaining('colour')]);
    expect(problems('{"defaultTheme":')).toEqual([expect.stringMatching(/^config\.json: not valid JSON/)]);
  });
});

describe('chooseDataUrl', () => {
  const page = 'https://www.leipzig.de/karten/staedte/?data=x';
  const config = {
    ...DEFAULT_CONFIG,
    datasets: ['data/leipzig.geojson', 'https://daten.example.org/dresden.geojson'],
  };

  it('uses the first configured dataset without ?data=', () => {
    expect(chooseDataUrl(undefined, config, page)).toEqual({ ok: true, url: 'data/leipzig.geojson' });
  });

  it('allows same-origin paths and listed URLs', () => {
    expect(chooseDataUrl('data/other.geojson', config, page)).toEqual({
      ok: true,
      url: 'https://www.leipzig.de/karten/staedte/data/other.geojson',
    });
    expect(chooseDataUrl('https://daten.example.org/dresden.geojson', config, page).ok).toBe(true);
  });

  it.each([
    'https://example.invalid/x.geojson',
    '//evil.example/x.geojson',
    'javascript:alert(1)',
    'data:application/json,{}',
  ])('refuses %s', (requested) => {
    expect(chooseDataUrl(requested, config, page)).toEqual({ ok: false, requested });
  });
});
