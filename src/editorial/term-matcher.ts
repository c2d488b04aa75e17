/**
 * Aho–Corasick matching of many terms in one pass (forbidden terms, brand
 * spellings). Internal: not exported from the module's index.
 *
 * @module
 */

/** A set of terms compiled for one-pass matching. */
export interface TermMatcher {
  /** Calls `visit(term, start)` for every occurrence of every term, overlapping ones included, in order of their end. */
  each(text: string, visit: (term: number, start: number) => void): void;
}

/**
 * Compiles terms (UTF-16 code units; empty terms never match) into an
 * Aho–Corasick automaton: a trie of the terms, each node with its failure
 * link (the longest proper suffix of its path that is also a path) and its
 * output link (the nearest node on the failure chain that ends a term).
 * Building takes time linear in the terms' total length; matching reads
 * each code unit of the text once, plus one step per occurrence reported:
 * O(text + terms + matches), where one regular expression per term cost
 * text × term length on overlapping occurrences.
 *
 * @param terms - the terms
 * @returns the matcher
 */
export function createTermMatcher(terms: readonly string[]): TermMatcher {
  const next: Map<number, number>[] = [new Map<number, number>()];
  const ends: number[][] = [[]];
  const depth: number[] = [0];
  for (let t = 0; t < terms.length; t += 1) {
    const term = terms[t] as string;
    if (term.length === 0) continue;
    let node = 0;
    for (let i = 0; i < term.length; i += 1) {
      const c = term.charCodeAt(i);
      let child = (next[node] as Map<number, number>).get(c);
      if (child === undefined) {
        child = next.length;
        next.push(new Map());
        ends.push([]);
        depth.push((depth[node] as number) + 1);
        (next[node] as Map<number, number>).set(c, child);
      }
      node = child;
    }
    (ends[node] as number[]).push(t);
  }
  const fail = new Array<number>(next.length).fill(0);
  const output = new Array<number>(next.length).fill(-1);
  const queue: number[] = [];
  for (const child of (next[0] as Map<number, number>).values()) queue.push(child);
  for (let q = 0; q < queue.length; q += 1) {
    const node = queue[q] as number;
    for (const [c, child] of next[node] as Map<number, number>) {
      let f = fail[node] as number;
      while (f !== 0 && !(next[f] as Map<number, number>).has(c)) f = fail[f] as number;
      const target = (next[f] as Map<number, number>).get(c);
      const fc = target !== undefined && target !== child ? target : 0;
      fail[child] = fc;
      output[child] = (ends[fc] as number[]).length > 0 ? fc : (output[fc] as number);
      queue.push(child);
    }
  }
  return {
    each(text, visit) {
      let node = 0;
      for (let i = 0; i < text.length; i += 1) {
        const c = text.charCodeAt(i);
        for (;;) {
          const child = (next[node] as Map<number, number>).get(c);
          if (child !== undefined) {
            node = child;
            break;
          }
          if (node === 0) break;
          node = fail[node] as number;
        }
        for (let hit = (ends[node] as number[]).length > 0 ? node : (output[node] as number); hit > 0; hit = output[hit] as number) {
          const start = i + 1 - (depth[hit] as number);
          for (const t of ends[hit] as number[]) visit(t, start);
        }
      }
    },
  };
}
