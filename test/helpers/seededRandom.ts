/**
 * Deterministic randomness for tests that inject faults: the same seed gives the same sequence
 * (mulberry32), so a fault test that fails fails the same way again. Pass it where a component
 * takes a `random` source (the sandbox's faults: `startSandbox({ random })`).
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of a fault test: FAULT_SEED when set (to replay a failure), else the test's own fixed one. */
export function faultSeed(fallback: number): number {
  const fromEnv = Number(process.env.FAULT_SEED);
  return Number.isInteger(fromEnv) && process.env.FAULT_SEED ? fromEnv : fallback;
}
