/**
 * Linear-time text handling, measured: every export that takes text (found
 * from the documented examples, as the linear-time test finds them) is run on
 * 100 KB and 1 MB of each adversarial input; the row reports the slowest
 * export per input and the 1 MB / 100 KB time ratio (about 10 when linear).
 */
import { ADVERSARIAL, textTakingCalls } from '../test/support/work.js';
import { medianMs, type BenchRow } from './types.js';

function quiet(run: () => unknown): void {
  try {
    run();
  } catch {
    // refusals (ValidationError) are part of the measured work
  }
}

export async function run(): Promise<BenchRow[]> {
  const calls = textTakingCalls();
  const rows: BenchRow[] = [];
  for (const [label, unit] of ADVERSARIAL) {
    const small = unit.repeat(Math.ceil(100_000 / unit.length));
    const large = unit.repeat(Math.ceil(1_000_000 / unit.length));
    let worst = { name: '', ms: 0, ratio: 0 };
    for (const call of calls) {
      const msSmall = await medianMs(() => quiet(() => call.run(small)), 3, 1);
      const msLarge = await medianMs(() => quiet(() => call.run(large)), 3, 1);
      if (msLarge > worst.ms) worst = { name: `${call.name} (${call.where})`, ms: msLarge, ratio: msLarge / Math.max(msSmall, 0.001) };
    }
    rows.push({
      name: `Slowest of ${calls.length} text-taking exports on 1 MB of ${label}`,
      result: `${worst.ms.toFixed(2)} ms: ${worst.name}; 1 MB / 100 KB = ${worst.ratio.toFixed(1)}×`,
      target: 'linear (ratio ≈ 10 or less)',
      pass: worst.ms < 5 || worst.ratio < 20,
    });
  }
  return rows;
}
