/**
 * Property tests draw new random cases on every local run, to keep finding
 * new counterexamples; in CI they draw a fixed set, so a run's verdict
 * depends on the code and not on luck. FC_SEED=N replays any run (fast-check
 * prints the seed of a failure). Counterexamples found are kept as fixed
 * cases beside their property.
 */
import fc from 'fast-check';

const CI_SEED = 20261122;
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? CI_SEED : undefined;
if (seed !== undefined && Number.isInteger(seed)) fc.configureGlobal({ seed });
