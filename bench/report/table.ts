import type { PageName } from '../measure/pages';
import { ratio, type BudgetResult, type PageFigures, type ScaleFigures } from './budgets';
import type { InteractionFigures } from './stats';

const PAGE_ORDER: readonly PageName[] = ['app', 'floor', 'leaflet'];

/** A number for the table: kB with one decimal, ms as integers, ratios with two decimals; "–" when missing. */
export function formatValue(value: number | undefined, unit: 'kB' | 'ms' | '×' | 'count'): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  if (unit === 'kB') return `${(value / 1024).toFixed(1)} kB`;
  if (unit === '×') return `${value.toFixed(2)}×`;
  if (unit === 'count') return String(Math.round(value));
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
}

type Row = [
  label: string,
  unit: 'kB' | 'ms' | 'count',
  pick: (figures: PageFigures) => number | undefined,
  compare: boolean,
];

function interaction(label: string, key: 'click' | 'filter' | 'slider'): Row[] {
  const of = (figures: PageFigures): InteractionFigures | undefined => figures[key];
  return [
    [`${label}: main thread, median`, 'ms', (f) => of(f)?.medianMs, true],
    [`${label}: main thread, p95`, 'ms', (f) => of(f)?.p95Ms, true],
    [`${label}: main thread to first frame, median`, 'ms', (f) => of(f)?.firstFrameMedianMs, true],
    [`${label}: input → result on screen, median`, 'ms', (f) => of(f)?.toResultMedianMs, true],
    [`${label}: long tasks > 50 ms (longest)`, 'count', (f) => of(f)?.longTasks, false],
  ];
}

const ROWS: Row[] = [
  ['first view: total', 'kB', (f) => f.bytes.total, true],
  ['… JS', 'kB', (f) => f.bytes.js, true],
  ['… CSS', 'kB', (f) => f.bytes.css, true],
  ['… data', 'kB', (f) => f.bytes.data, true],
  ['… basemap', 'kB', (f) => f.bytes.basemap, true],
  ['… fonts', 'kB', (f) => f.bytes.fonts, true],
  ['… other (HTML, images)', 'kB', (f) => f.bytes.other, true],
  ['first useful text (ratio: to Leaflet drawn)', 'ms', (f) => f.textMs, false],
  ['map drawn with its cities', 'ms', (f) => f.drawnMs, true],
  ['long tasks during load (sum)', 'ms', (f) => f.loadLongTaskMs, true],
  ...interaction('click → panel', 'click'),
  ...interaction('filter → map', 'filter'),
  ...interaction('slider step → map', 'slider'),
  ['pan/zoom: long tasks > 50 ms', 'count', (f) => f.panZoom?.longTasks, false],
  ['pan/zoom: longest task', 'ms', (f) => f.panZoom?.longestTaskMs, false],
];

function cell(figures: PageFigures | undefined, row: Row): string {
  if (!figures) return '–';
  const [label, unit, pick] = row;
  const value = pick(figures);
  if (label.includes('(longest)') && value !== undefined) {
    const key = label.startsWith('click') ? 'click' : label.startsWith('filter') ? 'filter' : 'slider';
    const longest = figures[key]?.longestTaskMs ?? 0;
    return value > 0 ? `${value} (${formatValue(longest, 'ms')})` : '0';
  }
  return formatValue(value, unit);
}

/** One markdown table per scale: app, floor and Leaflet side by side, with the app's ratios to both. */
export function scaleTable(scale: ScaleFigures): string {
  const { app, floor, leaflet } = scale.pages;
  const header = [
    `**${scale.dataset}** (${scale.relations.toLocaleString('en')} relations, ${scale.places.toLocaleString('en')} places; loads: ${PAGE_ORDER.map((name) => scale.pages[name]?.loads ?? 0).join('/')})`,
    '',
    '| measure | app | floor | Leaflet | app ÷ floor | app ÷ Leaflet |',
    '|---|--:|--:|--:|--:|--:|',
  ];
  const lines = ROWS.map((row) => {
    const [label, , pick, compare] = row;
    const toFloor = compare && app && floor ? formatValue(ratio(pick(app), pick(floor)), '×') : '';
    const leafletValue = label.startsWith('first useful') ? leaflet?.drawnMs : leaflet && pick(leaflet);
    const toLeaflet =
      (compare || label.startsWith('first useful')) && app && leaflet
        ? formatValue(ratio(pick(app), leafletValue), '×')
        : '';
    return `| ${label} | ${cell(app, row)} | ${cell(floor, row)} | ${cell(leaflet, row)} | ${toFloor} | ${toLeaflet} |`;
  });
  const errors = PAGE_ORDER.flatMap((name) => {
    const error = scale.pages[name]?.error;
    return error ? [`${name}: ${error}`] : [];
  });
  return [...header, ...lines, ...(errors.length ? ['', `Not measured: ${errors.join('; ')}`] : [])].join(
    '\n',
  );
}

/** The budgets as a table; a missed budget says by how much. */
export function budgetTable(results: readonly BudgetResult[]): string {
  const lines = results.map((result) => {
    const unit = result.unit === 'count' ? 'count' : result.unit;
    const value = formatValue(result.value, unit);
    const limit = formatValue(result.limit, unit);
    const verdict = result.ok ? 'met' : `**missed by ${formatValue(result.over, unit)}**`;
    return `| ${result.name} | ${limit} | ${value} | ${verdict} |`;
  });
  return ['| budget | limit | measured | |', '|---|--:|--:|---|', ...lines].join('\n');
}
