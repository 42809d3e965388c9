import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium-path';
import { loadPage } from './measure/load';
import { PAGES, type PageSpec } from './measure/pages';
import { median } from './report/stats';
import { startServer } from './server';

/**
 * `npm run bench:compare -- [--rounds=20] <dist> <dist> …`: one change's effect on the first load,
 * for builds too close for whole runs to tell apart (one load differs from the next by up to ±25 %
 * here). Each round loads every build and the floor, each in a fresh context, starting one page
 * later than the round before, so drift in the machine's load reaches all of them alike. Prints each build's
 * medians (text, map drawn) and its map drawn ÷ the floor's. Needs the reference pages of a
 * `npm run bench` in bench/.out.
 */
const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench/.out');
const PORT = Number(process.env.BENCH_PORT ?? 4440);
const args = process.argv.slice(2);
const option = (name: string): string | undefined =>
  args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const ROUNDS = Number(option('rounds') ?? 20);
const DATA = option('data') ?? 'data/leipzig.geojson';
const builds = args.filter((arg) => !arg.startsWith('--')).map((dir) => resolve(dir));

if (builds.length === 0 || !Number.isInteger(ROUNDS) || ROUNDS < 1) {
  console.error('usage: npm run bench:compare -- [--rounds=20] [--data=path] <dist> [<dist> …]');
  process.exit(2);
}
for (const dir of [...builds, join(OUT, 'reference')]) {
  if (!existsSync(dir)) {
    console.error(`${dir} does not exist (the reference pages come from \`npm run bench\`)`);
    process.exit(2);
  }
}

const page = (name: string): PageSpec => {
  const spec = PAGES.find((candidate) => candidate.name === name);
  if (!spec) throw new Error(`no page ${name}`);
  return spec;
};
const app = page('app');
const floor = page('floor');
const servers = await Promise.all(
  builds.map((dir, index) =>
    startServer(
      { '/': dir, '/reference/': join(OUT, 'reference'), '/bench-data/': join(OUT, 'data') },
      PORT + index,
    ),
  ),
);
const targets = [
  ...builds.map((dir, index) => ({ label: `${index + 1} ${basename(dir)}`, spec: app, port: PORT + index })),
  // The floor reads the same data, served by the first build's server.
  { label: 'floor', spec: floor, port: PORT },
];
const samples = new Map(
  targets.map((target) => [target.label, { text: [] as number[], drawn: [] as number[], failed: 0 }]),
);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (let step = 0; step < targets.length; step++) {
      const target = targets[(round + step) % targets.length];
      if (!target) continue;
      const url = `http://127.0.0.1:${target.port}${target.spec.path(DATA)}`;
      const { sample, context } = await loadPage(browser, target.spec, url, 60_000);
      await context.close();
      const figures = samples.get(target.label);
      // A load whose map never drew has no figure; it is counted apart.
      if (Number.isFinite(sample.drawnMs)) figures?.drawn.push(sample.drawnMs);
      else if (figures) figures.failed += 1;
      if (sample.textMs !== undefined) figures?.text.push(sample.textMs);
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
}

const floorDrawn = median(samples.get('floor')?.drawn ?? []);
console.log(`${ROUNDS} rounds, ${DATA}; medians`);
for (const [label, figures] of samples) {
  const text = figures.text.length > 0 ? `text ${Math.round(median(figures.text))} ms, ` : '';
  const drawn = median(figures.drawn);
  console.log(
    `${label}: ${text}map drawn ${Math.round(drawn)} ms, ÷ floor ${(drawn / floorDrawn).toFixed(3)}×`,
  );
}
