import { COUNTRY_TLDS, GENERIC_TLDS } from './data/tlds.js';

interface TrieNode {
  readonly next: Map<number, TrieNode>;
  /** Position of the TLD ending here in twitter-text's alternation (generic first), or -1. */
  index: number;
}

/**
 * Folds a UTF-16 code unit the way a JavaScript regular expression with the
 * `i` flag and without `u` compares characters (ECMAScript `Canonicalize`):
 * a code unit is replaced by its upper case when that is a single code unit
 * and does not turn a non-ASCII character into an ASCII one. ASCII letters
 * are folded to lower case instead; both sides of a comparison use the same
 * function, so the result is the same equivalence.
 *
 * @param c - a UTF-16 code unit
 * @returns its folded form
 */
export function foldCodeUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  const upper = String.fromCharCode(c).toUpperCase();
  if (upper.length !== 1) return c;
  const u = upper.charCodeAt(0);
  return u < 128 ? c : u;
}

function buildTrie(): TrieNode {
  const root: TrieNode = { next: new Map(), index: -1 };
  const all = [...GENERIC_TLDS, ...COUNTRY_TLDS];
  for (let i = 0; i < all.length; i += 1) {
    const tld = all[i] ?? '';
    let node = root;
    for (let k = 0; k < tld.length; k += 1) {
      const key = foldCodeUnit(tld.charCodeAt(k));
      let child = node.next.get(key);
      if (child === undefined) {
        child = { next: new Map(), index: -1 };
        node.next.set(key, child);
      }
      node = child;
    }
    if (node.index < 0) node.index = i;
  }
  return root;
}

const TRIE: TrieNode = buildTrie();

// True for the characters twitter-text forbids right after a TLD: `[0-9a-zA-Z@+-]`.
function blocksTld(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 64 || c === 43 || c === 45;
}

function isPunycodeChar(c: number): boolean {
  return c === 45 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Where the top-level domain that twitter-text would match at `start` ends:
 * the first TLD of its list (generic ones first, then country codes) that
 * is spelt at `start`, compared case-insensitively, and is not followed by
 * `[0-9a-zA-Z@+-]`; else a punycode TLD `xn--[-0-9a-z]+` (taken greedily,
 * with no condition on what follows). A trie walk: at most the length of the
 * longest TLD is read, so the work is bounded by a constant plus the
 * punycode run.
 *
 * @param text - the text
 * @param start - where the TLD would start
 * @param bound - the end of the text as the regex sees it (exclusive)
 * @returns the end index of the TLD, or -1 when none matches
 */
export function tldEnd(text: string, start: number, bound: number): number {
  let node: TrieNode = TRIE;
  let best = -1;
  let bestIndex = Number.MAX_SAFE_INTEGER;
  for (let i = start; i < bound; ) {
    const child = node.next.get(foldCodeUnit(text.charCodeAt(i)));
    if (child === undefined) break;
    node = child;
    i += 1;
    if (node.index >= 0 && node.index < bestIndex && (i >= bound || !blocksTld(text.charCodeAt(i)))) {
      best = i;
      bestIndex = node.index;
    }
  }
  if (best >= 0) return best;
  if (
    start + 4 < bound &&
    (text.charCodeAt(start) | 32) === 120 &&
    (text.charCodeAt(start + 1) | 32) === 110 &&
    text.charCodeAt(start + 2) === 45 &&
    text.charCodeAt(start + 3) === 45 &&
    isPunycodeChar(text.charCodeAt(start + 4))
  ) {
    let j = start + 5;
    while (j < bound && isPunycodeChar(text.charCodeAt(j))) j += 1;
    return j;
  }
  return -1;
}
