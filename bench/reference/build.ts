import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const require = createRequire(import.meta.url);
const ROOT = resolve(import.meta.dirname);

/** Bundles the floor and the Leaflet page into `outDir` (served at /reference/), with the basemap file beside them. */
export async function buildReferencePages(outDir: string): Promise<void> {
  await build({
    root: ROOT,
    base: './',
    logLevel: 'warn',
    configFile: false,
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      rollupOptions: {
        input: { floor: join(ROOT, 'floor/index.html'), leaflet: join(ROOT, 'leaflet/index.html') },
      },
    },
  });
  mkdirSync(outDir, { recursive: true });
  // One file, fetched as it is: the simplest offline basemap.
  copyFileSync(require.resolve('world-atlas/countries-50m.json'), join(outDir, 'countries-50m.json'));
}
