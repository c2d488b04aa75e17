/**
 * The window-picking rule shared by `bestPostingWindows`'s callers: the
 * slots with a score above 0, best first (ties by position in the week),
 * each kept when its start is at least `minGapHours` from every kept one,
 * measured around the week.
 *
 * @module
 */

/**
 * Picks spread-out best slots.
 *
 * @param scores - one score per slot of the week, Monday 00:00 first
 * @param perHour - slots per hour (1 or 2)
 * @param wanted - how many to keep at most
 * @param minGapHours - the smallest circular distance between two kept slots, in hours
 * @returns the kept slot indexes, best first
 */
export function pickWindows(scores: readonly number[], perHour: number, wanted: number, minGapHours: number): number[] {
  const n = scores.length;
  const minGap = minGapHours * perHour;
  const candidates: number[] = [];
  for (let i = 0; i < n; i += 1) if ((scores[i] as number) > 0) candidates.push(i);
  candidates.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  const kept: number[] = [];
  for (const i of candidates) {
    if (kept.length >= wanted) break;
    let clear = true;
    for (const j of kept) {
      const d = Math.abs(i - j);
      if (Math.min(d, n - d) < minGap) {
        clear = false;
        break;
      }
    }
    if (clear) kept.push(i);
  }
  return kept;
}
