/**
 * Writes the default view into the built index.html (see prerender/page-document.ts):
 * config.json's first dataset, in its default language, as of the build day, twice: as the
 * page without JavaScript, and as the app's own first view, rendered by its components so the
 * title and the list paint before the app's code has run. Runs after `vite build` (npm's
 * postbuild), so it re-writes index.html's pre-compressed variants too.
 *
 * Usage: npx tsx src/cli/prerender-page.ts [--dist dist]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import { DEFAULT_DATASET_URL, type AppConfig } from '../config/app-config';
import type { Dataset } from '../data/dataset';
import type { UiLanguage } from '../data/localize';
import { parseDatasetText } from '../data/parse-dataset-text';
import { formatProblem } from '../data/problem';
import { todayIso } from '../data/today';
import { createI18n } from '../i18n/i18n';
import { withStaticPage, type FirstViewHtml } from './prerender/page-document';
import { staticPage } from './prerender/static-page';
import { ENCODING_SUFFIX, ENCODINGS } from './serving/accept-encoding';
import { compressBoth, worthKeeping } from './serving/compress';
import { readAppConfig } from './serving/read-config';

/** What src/app/first-view.tsx exports; loaded through Vite, which compiles the app's TSX and CSS imports. */
interface FirstViewModule {
  renderFirstView(input: { config: AppConfig; dataset: Dataset; language: UiLanguage }): string;
  firstViewScript(config: AppConfig): string;
}

const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function renderApp(
  dist: string,
  config: AppConfig,
  dataset: Dataset,
  language: UiLanguage,
  at: string,
): Promise<FirstViewHtml> {
  const vite = await createServer({
    root: PROJECT_ROOT,
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    logLevel: 'error',
  });
  try {
    const module = (await vite.ssrLoadModule('/src/app/first-view.tsx')) as FirstViewModule;
    const script = module.firstViewScript(config);
    const name = `assets/first-view-${createHash('sha256').update(script).digest('hex').slice(0, 8)}.js`;
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, name), script);
    return { html: module.renderFirstView({ config, dataset, language }), at, script: `./${name}` };
  } finally {
    await vite.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
  const dist = values.dist;
  const config = readAppConfig(join(dist, 'config.json'));
  const dataFile = config.datasets[0] ?? DEFAULT_DATASET_URL;
  // A remote default dataset is not fetched at build time: the page then stays as it is.
  if (/^https?:\/\//i.test(dataFile)) {
    console.log(`prerender: ${dataFile} is remote, index.html left without static content`);
    return;
  }
  const result = parseDatasetText(readFileSync(join(dist, dataFile), 'utf8'));
  if (!result.ok) throw new Error(`${dataFile}: ${result.problems.map(formatProblem).join('; ')}`);
  const language = config.defaultLanguage ?? 'de';
  const at = todayIso();
  const t = createI18n(language).getFixedT(language);
  const page = staticPage({ dataset: result.dataset, config, language, at, t });
  // Without a configured language the page speaks the reader's: a view rendered in one would be wrong for others.
  const firstView =
    config.defaultLanguage === undefined
      ? undefined
      : await renderApp(dist, config, result.dataset, config.defaultLanguage, at);

  const indexPath = join(dist, 'index.html');
  const html = withStaticPage(readFileSync(indexPath, 'utf8'), page, language, firstView);
  const content = Buffer.from(html);
  writeFileSync(indexPath, content);
  const variants = compressBoth(content);
  for (const encoding of ENCODINGS) {
    const path = indexPath + ENCODING_SUFFIX[encoding];
    // The build's variants are of the page before; a stale one must not outlive it.
    if (worthKeeping(content, variants[encoding])) writeFileSync(path, variants[encoding]);
    else rmSync(path, { force: true });
  }
  console.log(
    `prerender: ${dataFile} (${language}${firstView ? ', with the app’s first view' : ''}) → ${indexPath}, ${(content.length / 1024).toFixed(1)} kB`,
  );
}

main().catch((error: unknown) => {
  console.error(`prerender: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
