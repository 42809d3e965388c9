import type { PageName } from '../measure/pages';
import type { ByteSplit } from './bytes';
import type { InteractionFigures } from './stats';

/** Everything measured for one page at one scale. */
export interface PageFigures {
  loads: number;
  bytes: ByteSplit;
  /** Medians over the loads, ms from navigation. */
  textMs: number | undefined;
  drawnMs: number;
  loadLongTaskMs: number;
  click?: InteractionFigures;
  filter?: InteractionFigures;
  slider?: InteractionFigures;
  panZoom?: { durationMs: number; longTasks: number; longestTaskMs: number };
  /** Why a figure is missing (a page that did not finish in time). */
  error?: string;
}

export interface ScaleFigures {
  dataset: string;
  relations: number;
  places: number;
  pages: Partial<Record<PageName, PageFigures>>;
}

/** One budget from bench/README.md, checked against one run. */
export interface BudgetResult {
  name: string;
  /** The measured value: a ratio (×) or milliseconds. */
  value: number;
  limit: number;
  unit: '×' | 'ms' | 'count';
  ok: boolean;
  /** How far over the limit, in the budget's unit (0 when met). */
  over: number;
}

/** a / b, NaN when either is missing or b is 0. */
export function ratio(a: number | undefined, b: number | undefined): number {
  return a === undefined || b === undefined || b === 0 || !Number.isFinite(a) || !Number.isFinite(b)
    ? NaN
    : a / b;
}

export function budget(name: string, value: number, limit: number, unit: BudgetResult['unit']): BudgetResult {
  const ok = Number.isFinite(value) && value <= limit;
  return { name, value, limit, unit, ok, over: ok ? 0 : Number.isFinite(value) ? value - limit : Infinity };
}

/** The budgets of bench/README.md: the shipped dataset against the references, and 10,000 places. */
export function checkBudgets(scales: readonly ScaleFigures[]): BudgetResult[] {
  const shipped = scales.find((scale) => scale.dataset === 'shipped')?.pages;
  const large = scales.find((scale) => scale.dataset === 'generated-10000')?.pages.app;
  const interactionTasks = large
    ? [large.click, large.filter, large.slider].reduce(
        (sum, figures) => sum + (figures?.longTasks ?? NaN),
        0,
      ) + (large.panZoom?.longTasks ?? NaN)
    : NaN;
  return [
    budget('first-view bytes ÷ floor', ratio(shipped?.app?.bytes.total, shipped?.floor?.bytes.total), 1, '×'),
    budget('map drawn ÷ floor', ratio(shipped?.app?.drawnMs, shipped?.floor?.drawnMs), 1, '×'),
    budget(
      'first useful text ÷ Leaflet ready',
      ratio(shipped?.app?.textMs, shipped?.leaflet?.drawnMs),
      0.8,
      '×',
    ),
    budget('click → panel at 10,000 (median main-thread)', large?.click?.medianMs ?? NaN, 16, 'ms'),
    budget('filter → map at 10,000 (median main-thread)', large?.filter?.medianMs ?? NaN, 16, 'ms'),
    budget('long tasks > 50 ms in interactions at 10,000', interactionTasks, 0, 'count'),
  ];
}
