/**
 * Writes the default view into the built index.html as static HTML (see prerender/page-document.ts):
 * config.json's first dataset, in its default language, as of the build day. Runs after
 * `vite build` (npm's postbuild), so it re-writes index.html's pre-compressed variants too.
 *
 * Usage: npx tsx src/cli/prerender-page.ts [--dist dist]
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DATASET_URL } from '../config/app-config';
import { parseDatasetText } from '../data/parse-dataset-text';
import { formatProblem } from '../data/problem';
import { todayIso } from '../data/today';
import { createI18n } from '../i18n/i18n';
import { withStaticPage } from './prerender/page-document';
import { staticPage } from './prerender/static-page';
import { ENCODING_SUFFIX, ENCODINGS } from './serving/accept-encoding';
import { compressBoth, worthKeeping } from './serving/compress';
import { readAppConfig } from './serving/read-config';

function main(): void {
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
  const t = createI18n(language).getFixedT(language);
  const page = staticPage({ dataset: result.dataset, config, language, at: todayIso(), t });

  const indexPath = join(dist, 'index.html');
  const html = withStaticPage(readFileSync(indexPath, 'utf8'), page, language);
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
    `prerender: ${dataFile} (${language}) → ${indexPath}, ${(content.length / 1024).toFixed(1)} kB`,
  );
}

try {
  main();
} catch (error) {
  console.error(`prerender: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
