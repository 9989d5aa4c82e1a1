import fc from 'fast-check';

/**
 * Property tests explore new random inputs on every local run. With FC_SEED set (CI sets it) every run
 * draws the same inputs, so a red CI run is reproducible and a green one cannot turn red by chance.
 * To replay a failure printed by fast-check: FC_SEED=<seed> npx vitest run <file>.
 */
const seed = process.env.FC_SEED;
if (seed !== undefined && seed !== '') {
  const n = Number(seed);
  if (!Number.isInteger(n)) throw new Error(`FC_SEED must be an integer, got "${seed}"`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: n });
}
