import type { Page } from '@playwright/test';
import { summarize, type InteractionFigures, type InteractionSample } from '../report/stats';
import type { PageSpec } from './pages';

type Action =
  | { kind: 'click-point'; x: number; y: number }
  | { kind: 'click'; selector: string }
  | { kind: 'slider'; selector: string; value: number };
type Done = { kind: 'panel'; selector: string } | { kind: 'map' };

interface Target {
  id: string;
  x: number;
  y: number;
}

interface BenchApi {
  settle(): Promise<number>;
  resetView(): void;
  targets(layer: string): Target[];
  interact(action: Action, done: Done, timeoutMs: number): Promise<InteractionSample>;
  panZoom(): Promise<{ durationMs: number; longTasks: number[] }>;
}

/** Calls the in-page probe (bench/measure/page-probe.js). */
function call<R, A>(page: Page, body: (bench: BenchApi, arg: A) => R | Promise<R>, arg: A): Promise<R> {
  return page.evaluate(
    ({ source, value }) => {
      // The function is sent as source text: it runs in the page, not in Node.
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      const run = new Function('bench', 'arg', `return (${source})(bench, arg);`) as (
        b: unknown,
        a: unknown,
      ) => R;
      return run((window as unknown as { __bench: unknown }).__bench, value);
    },
    { source: body.toString(), value: arg },
  );
}

function interact(page: Page, action: Action, done: Done, timeoutMs: number): Promise<InteractionSample> {
  return call(page, (bench, arg) => bench.interact(arg.action, arg.done, arg.timeoutMs), {
    action,
    done,
    timeoutMs,
  });
}

export interface InteractionResults {
  click: InteractionFigures;
  filter: InteractionFigures;
  slider: InteractionFigures;
  panZoom: { durationMs: number; longTasks: number; longestTaskMs: number };
}

/** Clicks cities, toggles a filter and steps the slider `repeat` times each, then pans and zooms. */
export async function measureInteractions(
  page: Page,
  spec: PageSpec,
  repeat: number,
): Promise<InteractionResults> {
  const timeout = 60_000;
  const clicks: InteractionSample[] = [];
  let previous = '';
  for (let i = 0; i < repeat; i++) {
    await call(page, (bench) => bench.resetView(), null);
    await call(page, (bench) => bench.settle(), null);
    const targets = await call(page, (bench, layer) => bench.targets(layer), spec.cityLayer);
    const others = targets.filter((candidate) => candidate.id !== previous);
    const target = others[i % Math.max(1, others.length)];
    if (!target) throw new Error(`${spec.name}: no city to click in view`);
    previous = target.id;
    clicks.push(
      await interact(
        page,
        { kind: 'click-point', x: target.x, y: target.y },
        { kind: 'panel', selector: spec.panel },
        timeout,
      ),
    );
  }
  const filters: InteractionSample[] = [];
  for (let i = 0; i < repeat; i++) {
    await call(page, (bench) => bench.settle(), null);
    filters.push(await interact(page, { kind: 'click', selector: spec.filter }, { kind: 'map' }, timeout));
  }
  const sliders: InteractionSample[] = [];
  const first = await page.evaluate(
    (selector) => Number(document.querySelector<HTMLInputElement>(selector)?.min ?? 0),
    spec.slider,
  );
  // From the middle of the range forwards: each step changes which relations are in force.
  const start = Math.max(first, 1980);
  // Unmeasured: the jump from today to the start of the steps.
  await interact(page, { kind: 'slider', selector: spec.slider, value: start - 1 }, { kind: 'map' }, timeout);
  for (let i = 0; i < repeat; i++) {
    await call(page, (bench) => bench.settle(), null);
    sliders.push(
      await interact(
        page,
        { kind: 'slider', selector: spec.slider, value: start + i },
        { kind: 'map' },
        timeout,
      ),
    );
  }
  await call(page, (bench) => bench.settle(), null);
  const panZoom = await call(page, (bench) => bench.panZoom(), null);
  return {
    click: summarize(clicks),
    filter: summarize(filters),
    slider: summarize(sliders),
    panZoom: {
      durationMs: panZoom.durationMs,
      longTasks: panZoom.longTasks.length,
      longestTaskMs: Math.max(0, ...panZoom.longTasks),
    },
  };
}
