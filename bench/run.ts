import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium-path';
import { listDatasets, writeDatasets, type ScaleDataset } from './data/write-datasets';
import { measureInteractions } from './measure/interactions';
import { loadPage, VIEWPORT, type LoadSample } from './measure/load';
import { PAGES, type PageSpec } from './measure/pages';
import { buildReferencePages } from './reference/build';
import { checkBudgets, type PageFigures, type ScaleFigures } from './report/budgets';
import { median } from './report/stats';
import { budgetTable, scaleTable } from './report/table';
import { startServer } from './server';
import { updateReadme } from './update-readme';

/**
 * `npm run bench`: builds the app and the reference pages, then measures the app, the floor
 * and Leaflet side by side at every scale, writes bench/results.json and the tables in
 * bench/README.md, and exits 1 when a budget is missed. Options: --no-build, --only=name,…
 */
const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench/.out');
const PORT = Number(process.env.BENCH_PORT ?? 4430);
const ORIGIN = `http://127.0.0.1:${PORT}`;

interface Plan {
  loads: number;
  repeat: number;
  timeoutMs: number;
  /** false: loads only (Leaflet at the large scales, whose single steps take tens of seconds). */
  interactions?: false;
}

/**
 * Loads per page and repetitions per interaction, fewer for the large scales so that the whole run stays
 * under 10 minutes on an idle 2-core machine (one run at 2–3 loads and 4–8 repetitions took 17 minutes).
 * Leaflet at 10,000 places and more is loaded, not interacted with: its DOM markers and SVG lines take
 * tens of seconds per step (one load and one repetition of each interaction took 241 s at 10,000 places).
 */
const PLAN: Record<string, Plan & { leaflet?: Plan }> = {
  shipped: { loads: 5, repeat: 5, timeoutMs: 60_000 },
  'generated-1000': { loads: 2, repeat: 3, timeoutMs: 60_000 },
  'generated-10000': {
    loads: 1,
    repeat: 3,
    timeoutMs: 240_000,
    leaflet: { loads: 1, repeat: 0, timeoutMs: 240_000, interactions: false },
  },
  'world-twin-cities': {
    loads: 1,
    repeat: 2,
    timeoutMs: 300_000,
    leaflet: { loads: 1, repeat: 0, timeoutMs: 300_000, interactions: false },
  },
};

const args = process.argv.slice(2);
const only = args
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const pagesArg = args
  .find((arg) => arg.startsWith('--pages='))
  ?.slice('--pages='.length)
  .split(',');
const option = (name: string): string | undefined =>
  args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
// For profiling one change: another build (e.g. of the commit before it), fewer loads or repetitions.
const DIST = resolve(ROOT, option('dist') ?? 'dist');
const LOADS = option('loads');
const REPEAT = option('repeat');

function counts(file: string): { relations: number; places: number } {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as {
    features: { properties: { featureType: string } }[];
  };
  const relations = raw.features.filter((feature) => feature.properties.featureType === 'relation').length;
  return { relations, places: raw.features.length - relations };
}

async function measurePage(browser: Browser, spec: PageSpec, dataset: ScaleDataset): Promise<PageFigures> {
  const scale = PLAN[dataset.name] ?? { loads: 3, repeat: 5, timeoutMs: 60_000 };
  const planned = (spec.name === 'leaflet' ? scale.leaflet : undefined) ?? scale;
  const plan = {
    ...planned,
    loads: LOADS ? Number(LOADS) : planned.loads,
    repeat: REPEAT ? Number(REPEAT) : planned.repeat,
  };
  const samples: LoadSample[] = [];
  for (let run = 0; run < plan.loads; run++) {
    const loaded = await loadPage(browser, spec, ORIGIN + spec.path(dataset.path), plan.timeoutMs);
    samples.push(loaded.sample);
    if (run < plan.loads - 1 || plan.interactions === false) {
      await loaded.context.close();
      continue;
    }
    // The last load's page goes on to the interactions.
    try {
      const interactions = await measureInteractions(loaded.page, spec, plan.repeat);
      return { ...figuresOf(samples), ...interactions };
    } finally {
      await loaded.context.close();
    }
  }
  return figuresOf(samples);
}

function figuresOf(samples: readonly LoadSample[]): PageFigures {
  const first = samples[0];
  if (!first) throw new Error('no loads');
  const texts = samples.flatMap((sample) => (sample.textMs === undefined ? [] : [sample.textMs]));
  return {
    loads: samples.length,
    bytes: first.bytes,
    textMs: texts.length ? median(texts) : undefined,
    drawnMs: median(samples.map((sample) => sample.drawnMs)),
    loadLongTaskMs: median(samples.map((sample) => sample.longTaskMs)),
  };
}

const started = Date.now();
if (!args.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// --no-prepare: a second run beside a first one reuses its reference pages and datasets.
if (!args.includes('--no-prepare')) await buildReferencePages(join(OUT, 'reference'));
const datasets = (args.includes('--no-prepare') ? listDatasets() : writeDatasets(join(OUT, 'data'))).filter(
  (dataset) => !only || only.includes(dataset.name),
);
const server = await startServer(
  { '/': DIST, '/reference/': join(OUT, 'reference'), '/bench-data/': join(OUT, 'data') },
  PORT,
);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const scales: ScaleFigures[] = [];
try {
  for (const dataset of datasets) {
    const file =
      dataset.name === 'shipped'
        ? join(ROOT, 'public', dataset.path)
        : join(OUT, 'data', `${dataset.name}.geojson`);
    const scale: ScaleFigures = { dataset: dataset.name, ...counts(file), pages: {} };
    for (const spec of PAGES.filter((page) => !pagesArg || pagesArg.includes(page.name))) {
      const t0 = Date.now();
      try {
        scale.pages[spec.name] = await measurePage(browser, spec, dataset);
      } catch (error) {
        console.error(`${dataset.name} / ${spec.name}: ${String(error)}`);
        scale.pages[spec.name] = {
          loads: 0,
          bytes: { js: NaN, css: NaN, data: NaN, basemap: NaN, fonts: NaN, other: NaN, total: NaN },
          textMs: undefined,
          drawnMs: NaN,
          loadLongTaskMs: NaN,
          error: String(error).split('\n')[0]?.slice(0, 160) ?? 'failed',
        };
      }
      console.log(`measured ${dataset.name} / ${spec.name} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
      // Written after every page, so a run stopped early still leaves what it measured.
      writeFileSync(
        `${option('out') ?? join(ROOT, 'bench/results.json')}.partial`,
        `${JSON.stringify([...scales, scale], null, 2)}\n`,
      );
    }
    scales.push(scale);
  }
} finally {
  await browser.close();
  server.close();
}

const budgets = checkBudgets(scales);
const minutes = (Date.now() - started) / 60_000;
const chromiumVersion = spawnSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).stdout.trim();
const environment = `${cpus().length} cores, ${chromiumVersion}, software WebGL (SwiftShader), ${VIEWPORT.width}×${VIEWPORT.height}; whole run ${minutes.toFixed(1)} min`;
writeFileSync(
  option('out') ?? join(ROOT, 'bench/results.json'),
  `${JSON.stringify({ measured: new Date().toISOString(), environment, scales, budgets }, null, 2)}\n`,
);
const tables = [...scales.map(scaleTable), '**Budgets**', budgetTable(budgets)].join('\n\n');
console.log(`\n${environment}\n\n${tables}\n`);
if (!only && !pagesArg)
  updateReadme(
    join(ROOT, 'bench/README.md'),
    `Measured ${new Date().toISOString().slice(0, 10)}: ${environment}.\n\n${tables}`,
  );
const missed = budgets.filter((result) => !result.ok);
console.log(missed.length ? `${missed.length} budget(s) missed.` : 'All budgets met.');
process.exit(missed.length ? 1 : 0);
