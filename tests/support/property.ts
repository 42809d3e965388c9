import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * Settings for the property-based tests (fast-check). `npm test` runs each property a few
 * hundred times from one fixed seed, so CI is fast and a failure reproduces; `npm run fuzz`
 * sets FUZZ_RUNS (and a fresh seed unless FUZZ_SEED is given) to explore far more inputs.
 */
const fuzzRuns = Number(process.env.FUZZ_RUNS ?? '');
const fuzzSeed = Number(process.env.FUZZ_SEED ?? '');

const FUZZING = Number.isInteger(fuzzRuns) && fuzzRuns > 0;

/** The seed of `npm test`; a fuzz run prints its own seed when a property fails. */
export const PROPERTY_SEED =
  Number.isInteger(fuzzSeed) && process.env.FUZZ_SEED ? fuzzSeed : FUZZING ? Date.now() : 20261101;

/**
 * In a fuzz run, says how many cases each property really ran, and from which seed, so the run
 * can be reported; failures are still reported (and thrown) by fast-check itself.
 */
function countCases<Ts>(): fc.Plugin<Ts> {
  return () => ({
    onAllRunsComplete(out) {
      const name = expect.getState().currentTestName ?? 'property';
      console.info(`[fuzz] ${name}: ${out.numRuns} cases (${out.numSkips} skipped), seed ${out.seed}`);
    },
  });
}

/** fast-check parameters for a property that runs `runs` times in `npm test`. */
export function propertyRuns<Ts>(runs: number): fc.Parameters<Ts> {
  if (!FUZZING) return { numRuns: runs, seed: PROPERTY_SEED };
  return { numRuns: Math.max(runs, fuzzRuns), seed: PROPERTY_SEED, plugins: [countCases<Ts>()] };
}

/** A test's time limit: a fuzz run's many cases take minutes on a busy machine; `npm test`'s do not. */
export const PROPERTY_TIMEOUT_MS = FUZZING ? 30 * 60_000 : 120_000;
