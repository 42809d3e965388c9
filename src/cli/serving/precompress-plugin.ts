import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { precompressDir } from './precompress.ts';

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

/**
 * Writes `.gz` and `.br` next to every text file of the build, public/ files included (so it
 * runs once everything is written). Servers send them as they are: no compression per request.
 */
export function precompressPlugin(): Plugin {
  let outDir = 'dist';
  let cacheDir = 'node_modules/.cache/precompress';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      cacheDir = resolve(config.cacheDir, 'precompress');
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const started = performance.now();
        const files = precompressDir(outDir, cacheDir);
        const total = (key: 'bytes' | 'gzip' | 'br') =>
          files.reduce((sum, file) => sum + (file[key] ?? file.bytes), 0);
        this.info(
          `pre-compressed ${files.length} files in ${Math.round(performance.now() - started)} ms: ` +
            `${kilobytes(total('bytes'))} → gzip ${kilobytes(total('gzip'))}, brotli ${kilobytes(total('br'))}`,
        );
      },
    },
  };
}
