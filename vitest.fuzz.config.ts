import { defineConfig } from 'vitest/config';
import base from './vite.config';

/**
 * `npm run fuzz`: only the property-based tests, each with FUZZ_RUNS generated cases (default
 * 20,000) and a fresh seed; set FUZZ_SEED to replay a failure fast-check reported.
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    env: { FUZZ_RUNS: process.env.FUZZ_RUNS ?? '20000' },
    testTimeout: 30 * 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'fuzz-node', environment: 'node', include: ['tests/**/*.property.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'fuzz-dom',
          environment: 'jsdom',
          include: ['tests/**/*.property.test.tsx'],
          setupFiles: ['tests/support/setup.ts'],
        },
      },
    ],
  },
});
