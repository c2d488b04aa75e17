/** One line of `docs/benchmarks.md`. */
export interface BenchRow {
  /** What was measured. */
  name: string;
  /** The measured figure(s), in words and units (`'412 ms (1.31× the hand loop)'`). */
  result: string;
  /** The target from the issue, in words (`'≤ 1.5× hand loop'`), if there is one. */
  target?: string;
  /** Whether the target was met; undefined when there is no target. */
  pass?: boolean;
  /** Filled in by the runner. */
  file?: string;
}

/**
 * Times a function: a few warm-up runs, then the median of `runs` timed runs, in milliseconds.
 *
 * @param fn - the work to time
 * @param runs - how many timed runs (default 5)
 * @param warmup - how many untimed runs first (default 2)
 * @returns the median duration in milliseconds
 */
export async function medianMs(fn: () => unknown, runs = 5, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}
