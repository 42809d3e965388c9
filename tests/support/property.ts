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

/** fast-check parameters for a property that runs `runs` times in `npm test`. */
export function propertyRuns(runs: number): { numRuns: number; seed: number } {
  return { numRuns: FUZZING ? Math.max(runs, fuzzRuns) : runs, seed: PROPERTY_SEED };
}
