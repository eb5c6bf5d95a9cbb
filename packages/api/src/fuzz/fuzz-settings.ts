/**
 * How hard the fuzz suite tries. `npm test` runs the bounded suite with a fixed seed (the same
 * inputs every time, under a minute); `npm run test:fuzz` sets KK_FUZZ_DEEP=1 for a random,
 * printed seed and many more runs. Every setting can be given by hand to replay a failure:
 *
 *   KK_FUZZ_SEED=<seed> KK_FUZZ_RUNS=<runs> KK_FUZZ_ONLY=<path> npm run test:fuzz
 */
export interface FuzzSettings {
  seed: number;
  /** Runs per procedure for a caller the policy lets in. */
  runs: number;
  /** Runs per procedure for a caller the guard turns away before the input is read. */
  deniedRuns: number;
  /** Only procedures whose path contains this text (empty: all). */
  only: string;
  deep: boolean;
  /** Per procedure × caller, in milliseconds. */
  timeoutMs: number;
}

export const BOUNDED_SEED = 20_261_206;
const BOUNDED_RUNS = 10;
const DEEP_RUNS = 200;

export function fuzzSettings(env: NodeJS.ProcessEnv = process.env): FuzzSettings {
  const deep = env.KK_FUZZ_DEEP === "1";
  const seed = integerFrom(env.KK_FUZZ_SEED) ?? (deep ? Math.floor(Math.random() * 2 ** 31) : BOUNDED_SEED);
  const runs = integerFrom(env.KK_FUZZ_RUNS) ?? (deep ? DEEP_RUNS : BOUNDED_RUNS);
  return { seed, runs, deniedRuns: deep ? 10 : 2, only: env.KK_FUZZ_ONLY ?? "", deep, timeoutMs: deep ? 30 * 60_000 : 60_000 };
}

function integerFrom(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`Not an integer: ${text}`);
  return value;
}

/** A seed per procedure × caller, derived from the run's seed, so one combination replays alone. */
export function seedFor(seed: number, path: string, caller: string): number {
  let hash = seed | 0;
  for (const char of `${path}|${caller}`) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}
