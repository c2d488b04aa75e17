/**
 * The allowed key a misspelt one most likely meant: the same key in another
 * letter case, a key it is the start of (`minGap` → `minGapMinutes`) or the
 * other way round, else the nearest by edit distance (Damerau–Levenshtein,
 * optimal string alignment) within a third of its length (at least 1, at
 * most 3 edits). Ties go to the first allowed key.
 *
 * @param key - the unknown key
 * @param allowed - the keys that would have been accepted
 * @returns the suggestion, or `undefined` when none is close
 * @example
 * suggestKey('currncy', ['by', 'timeZone', 'currency']); // 'currency'
 * suggestKey('minGap', ['maxPerDay', 'minGapMinutes']); // 'minGapMinutes'
 * suggestKey('colour', ['platform']); // undefined
 */
export function suggestKey(key: string, allowed: readonly string[]): string | undefined {
  if (typeof key !== 'string' || key.length === 0 || key.length > 64) return undefined;
  const lower = key.toLowerCase();
  for (const a of allowed) if (a.toLowerCase() === lower) return a;
  if (key.length >= 3) {
    for (const a of allowed) {
      const al = a.toLowerCase();
      if (al.startsWith(lower) || (a.length >= 3 && lower.startsWith(al))) return a;
    }
  }
  const budget = Math.min(3, Math.max(1, Math.floor(key.length / 3)));
  let best: string | undefined;
  let bestDistance = budget + 1;
  for (const a of allowed) {
    if (Math.abs(a.length - key.length) >= bestDistance) continue;
    const d = editDistance(lower, a.toLowerCase());
    if (d < bestDistance) {
      best = a;
      bestDistance = d;
    }
  }
  return best;
}

// Optimal string alignment distance (insertions, deletions, substitutions,
// transpositions of neighbours): O(|a|·|b|) on short keys.
function editDistance(a: string, b: string): number {
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] as number) + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] as number;
}
