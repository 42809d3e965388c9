import { join, resolve } from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium-path';
import { listDatasets } from './data/write-datasets';
import { loadPage } from './measure/load';
import { PAGES } from './measure/pages';
import { startServer } from './server';

/**
 * `npm run bench:profile -- --only=generated-10000`: where the app's main-thread time goes in
 * one chip click, one slider step and one city click. Loads the app once, records a Chromium CPU
 * profile of each interaction and prints the functions with the most self time. Reuses the
 * datasets a `npm run bench` wrote (bench/.out/data) and dist/ (or --dist=…).
 */
const ROOT = resolve(import.meta.dirname, '..');
const PORT = Number(process.env.BENCH_PORT ?? 4430);
const args = process.argv.slice(2);
const option = (name: string): string | undefined =>
  args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const DIST = resolve(ROOT, option('dist') ?? 'dist');
const DATASET = option('only') ?? 'generated-10000';
const TOP = Number(option('top') ?? 25);

type Action =
  | { kind: 'click'; selector: string }
  | { kind: 'slider'; selector: string; value: number }
  | { kind: 'point'; x: number; y: number };

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function (name, file, line), in ms, largest first. */
function selfTimes(profile: Profile): [string, number][] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const frame = byNode.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split('/').pop() ?? '';
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

async function profiled(cdp: CDPSession, page: Page, label: string, act: () => Promise<unknown>) {
  await page.evaluate(() =>
    (window as unknown as { __bench: { settle(): Promise<number> } }).__bench.settle(),
  );
  await cdp.send('Profiler.start');
  const sample = await act();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const rows = selfTimes(profile).filter(([name]) => !name.startsWith('(idle)'));
  const total = rows.reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`\n## ${label}: ${total.toFixed(0)} ms sampled (not idle); ${JSON.stringify(sample)}`);
  const byFile = new Map<string, number>();
  for (const [name, ms] of rows) {
    const file = name.slice(name.lastIndexOf(' ') + 1).split(':')[0] || '(native)';
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  const files = [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 6);
  console.log(`by file: ${files.map(([file, ms]) => `${file} ${ms.toFixed(0)} ms`).join(', ')}`);
  for (const [name, ms] of rows.slice(0, TOP)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
}

const dataset = listDatasets().find((candidate) => candidate.name === DATASET);
if (!dataset) throw new Error(`unknown dataset ${DATASET}`);
const app = PAGES.find((page) => page.name === 'app');
if (!app) throw new Error('no app page');
const OUT = join(ROOT, 'bench/.out');
const server = await startServer({ '/': DIST, '/bench-data/': join(OUT, 'data') }, PORT);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const { page, context } = await loadPage(
    browser,
    app,
    `http://127.0.0.1:${PORT}${app.path(dataset.path)}`,
    300_000,
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  // The actions run without the bench's probe: its message loop would fill the profile.
  const act = (action: Action) =>
    page.evaluate(async (step) => {
      const bench = (window as unknown as { __bench: { settle(): Promise<number> } }).__bench;
      const t0 = performance.now();
      if (step.kind === 'click') document.querySelector<HTMLElement>(step.selector)?.click();
      else if (step.kind === 'slider') {
        const input = document.querySelector<HTMLInputElement>(step.selector);
        if (!input) throw new Error(`no ${step.selector}`);
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(
          input,
          String(step.value),
        );
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        const options = { bubbles: true, cancelable: true, clientX: step.x, clientY: step.y, button: 0 };
        document.elementFromPoint(step.x, step.y)?.dispatchEvent(new MouseEvent('click', options));
      }
      return { settledAfterMs: (await bench.settle()) - t0 };
    }, action);
  for (let i = 0; i < 2; i++)
    await profiled(cdp, page, `chip click ${i + 1}`, () => act({ kind: 'click', selector: app.filter }));
  await act({ kind: 'slider', selector: app.slider, value: 1979 });
  for (let i = 0; i < 2; i++)
    await profiled(cdp, page, `slider step ${1980 + i}`, () =>
      act({ kind: 'slider', selector: app.slider, value: 1980 + i }),
    );
  const targets = await page.evaluate(
    (layer) =>
      (
        window as unknown as {
          __bench: { resetView(): void; targets(l: string): { x: number; y: number }[] };
        }
      ).__bench.targets(layer),
    app.cityLayer,
  );
  const target = targets[0];
  if (target) await profiled(cdp, page, 'city click', () => act({ kind: 'point', x: target.x, y: target.y }));
  await context.close();
} finally {
  await browser.close();
  server.close();
}
