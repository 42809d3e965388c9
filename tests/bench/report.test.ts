// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { budget, checkBudgets, ratio, type PageFigures, type ScaleFigures } from '../../bench/report/budgets';
import { byteKind, splitBytes } from '../../bench/report/bytes';
import { median, quantile, summarize } from '../../bench/report/stats';
import { budgetTable, formatValue, scaleTable } from '../../bench/report/table';
import { replaceResults } from '../../bench/update-readme';

function page(total: number, drawnMs: number, textMs?: number, interaction?: number): PageFigures {
  const figures =
    interaction === undefined
      ? undefined
      : summarize([{ busyMs: interaction, firstFrameBusyMs: 1, toResultMs: 2, longTasks: [] }]);
  return {
    loads: 1,
    bytes: { js: total, css: 0, data: 0, basemap: 0, fonts: 0, other: 0, total },
    textMs,
    drawnMs,
    loadLongTaskMs: 0,
    click: figures,
    filter: figures,
    slider: figures,
    panZoom: { durationMs: 1, longTasks: 0, longestTaskMs: 0 },
  };
}

describe('benchmark statistics', () => {
  it('takes medians and interpolated quantiles of unsorted samples', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([10, 0], 0.95)).toBeCloseTo(9.5);
    expect(median([])).toBeNaN();
  });

  it('counts every long task of the samples and keeps the longest', () => {
    const figures = summarize([
      { busyMs: 10, firstFrameBusyMs: 5, toResultMs: 20, longTasks: [60] },
      { busyMs: 30, firstFrameBusyMs: 5, toResultMs: 40, longTasks: [70, 55] },
    ]);
    expect(figures).toMatchObject({ samples: 2, medianMs: 20, longTasks: 3, longestTaskMs: 70 });
  });
});

describe('bytes by kind', () => {
  it('sorts responses into JS, CSS, data, basemap and fonts', () => {
    expect(byteKind('http://x/assets/index-abc.js')).toBe('js');
    expect(byteKind('http://x/assets/index.css')).toBe('css');
    expect(byteKind('http://x/data/leipzig.geojson')).toBe('data');
    expect(byteKind('http://x/basemap/countries.geojson')).toBe('basemap');
    expect(byteKind('http://x/reference/countries-50m.json')).toBe('basemap');
    expect(byteKind('http://x/tiles/3/4/2.pbf')).toBe('basemap');
    expect(byteKind('http://x/assets/noto.woff2')).toBe('fonts');
    expect(byteKind('http://x/')).toBe('other');
    const split = splitBytes([
      { url: 'http://x/a.js', bytes: 3 },
      { url: 'http://x/b.js', bytes: 4 },
      { url: 'data:,', bytes: 99 },
    ]);
    expect(split).toMatchObject({ js: 7, total: 7 });
  });
});

describe('budgets', () => {
  it('divides, and gives NaN for what cannot be divided', () => {
    expect(ratio(3, 4)).toBe(0.75);
    expect(ratio(3, 0)).toBeNaN();
    expect(ratio(undefined, 4)).toBeNaN();
  });

  it('says by how much a budget is missed, and counts a missing figure as missed', () => {
    expect(budget('x', 1.25, 1, '×')).toMatchObject({ ok: false, over: 0.25 });
    expect(budget('x', 0.5, 1, '×')).toMatchObject({ ok: true, over: 0 });
    expect(budget('x', NaN, 1, '×').ok).toBe(false);
  });

  it('checks the shipped dataset against the references and 10,000 places against one frame', () => {
    const scales: ScaleFigures[] = [
      {
        dataset: 'shipped',
        relations: 1,
        places: 2,
        pages: { app: page(90, 900, 300), floor: page(100, 1000), leaflet: page(50, 500) },
      },
      { dataset: 'generated-10000', relations: 1, places: 2, pages: { app: page(1, 1, 1, 20) } },
    ];
    const results = checkBudgets(scales);
    expect(results.find((r) => r.name.startsWith('first-view'))?.value).toBeCloseTo(0.9);
    expect(results.find((r) => r.name.startsWith('first useful'))?.value).toBeCloseTo(0.6);
    expect(results.find((r) => r.name.startsWith('click'))).toMatchObject({ ok: false, over: 4 });
    expect(results.find((r) => r.name.startsWith('long tasks'))?.ok).toBe(true);
  });
});

describe('tables', () => {
  it('formats kB, ms and ratios, with a dash for missing values', () => {
    expect(formatValue(2048, 'kB')).toBe('2.0 kB');
    expect(formatValue(3.14159, 'ms')).toBe('3.1 ms');
    expect(formatValue(123.4, 'ms')).toBe('123 ms');
    expect(formatValue(0.5, '×')).toBe('0.50×');
    expect(formatValue(NaN, 'ms')).toBe('–');
  });

  it('puts the three pages side by side with the ratios to both references', () => {
    const table = scaleTable({
      dataset: 'shipped',
      relations: 34,
      places: 35,
      pages: { app: page(2048, 900, 300), floor: page(1024, 1000), leaflet: page(512, 500) },
    });
    const totalRow = table.split('\n').find((line) => line.startsWith('| first view: total'));
    expect(totalRow?.split('|').map((cell) => cell.trim())).toEqual([
      '',
      'first view: total',
      '2.0 kB',
      '1.0 kB',
      '0.5 kB',
      '2.00×',
      '4.00×',
      '',
    ]);
    expect(table).toContain('| first useful text (ratio: to Leaflet drawn) | 300 ms | – | – |  | 0.60× |');
  });

  it('marks a missed budget with the amount', () => {
    const table = budgetTable([budget('click', 20, 16, 'ms'), budget('bytes', 0.5, 1, '×')]);
    expect(table).toContain('**missed by 4.0 ms**');
    expect(table).toMatch(/\| bytes \| 1\.00× \| 0\.50× \| met \|/);
  });

  it('replaces the results between the README markers, or appends them', () => {
    const once = replaceResults('# Bench\n', 'A');
    expect(once).toContain('A');
    const twice = replaceResults(`${once}\nmore text\n`, 'B');
    expect(twice).toContain('B');
    expect(twice).not.toContain('\nA\n');
    expect(twice).toContain('more text');
  });
});
