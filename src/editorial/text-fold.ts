// One character class each, global: every pattern reads the text once.
const MARKS = /\p{M}/gu;
const APOSTROPHES = /[\u2019\u02BC\uFF07]/g;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Folds a text for matching that ignores case and accents: compatibility
 * decomposition (NFKD, so `ﬁ` is `fi` and `Ｅ` is `E`), marks removed,
 * lower case, typographic apostrophes made straight. `'Été'` and `'ete'`
 * fold alike.
 *
 * @param text - the text
 * @returns the folded text
 */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(APOSTROPHES, "'");
}

function isWordCharAt(text: string, i: number, before: boolean): boolean {
  let at = i;
  if (before) {
    if (i <= 0) return false;
    at = i - 1;
    const c = text.charCodeAt(at);
    if (c >= 0xdc00 && c <= 0xdfff && at >= 1) {
      const h = text.charCodeAt(at - 1);
      if (h >= 0xd800 && h <= 0xdbff) at -= 1;
    }
  } else if (i >= text.length) return false;
  const cp = text.codePointAt(at) ?? 0;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/** Which edges of a folded term need a word boundary, for {@link standsAlone}. */
export interface WordEdges {
  /** The term's length. */
  length: number;
  /** Whether the term starts with a letter or digit (so the text must not have one just before). */
  checkStart: boolean;
  /** Whether the term ends with a letter or digit (so the text must not have one just after). */
  checkEnd: boolean;
}

/**
 * The edges of a folded term that need a word boundary: only an edge that
 * is itself a letter or digit does (`"t'"` ends on an apostrophe).
 *
 * @param term - the folded term
 * @returns its edges
 */
export function wordEdges(term: string): WordEdges {
  const checkStart = LETTER_OR_DIGIT.test(String.fromCodePoint(term.codePointAt(0) ?? 0));
  const last = term.charCodeAt(term.length - 1) >= 0xdc00 && term.length >= 2 ? term.codePointAt(term.length - 2) : term.codePointAt(term.length - 1);
  const checkEnd = LETTER_OR_DIGIT.test(String.fromCodePoint(last ?? 0));
  return { length: term.length, checkStart, checkEnd };
}

/**
 * Whether an occurrence of a term at `start` in a folded text is a whole
 * word: neither preceded nor followed by a letter or digit where the term
 * has one at that edge.
 *
 * @param folded - the folded text
 * @param start - where the occurrence starts
 * @param edges - the term's {@link wordEdges}
 * @returns true for a whole word
 */
export function standsAlone(folded: string, start: number, edges: WordEdges): boolean {
  if (edges.checkStart && isWordCharAt(folded, start, true)) return false;
  return !(edges.checkEnd && isWordCharAt(folded, start + edges.length, false));
}

/**
 * The whole-word occurrences of a folded term in a folded text: each
 * occurrence neither preceded nor followed by a letter or digit.
 *
 * @param folded - the folded text
 * @param term - the folded term
 * @returns the start indices (in the folded text)
 */
export function wholeWordOccurrences(folded: string, term: string): number[] {
  const out: number[] = [];
  if (term.length === 0) return out;
  const edges = wordEdges(term);
  for (const i of occurrences(folded, term)) if (standsAlone(folded, i, edges)) out.push(i);
  return out;
}

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * Every start index of `needle` in `haystack`, overlapping ones included,
 * found with one literal pattern moved along the text (a literal is matched
 * in linear time; calling `indexOf` from each occurrence would read the
 * text again each time).
 *
 * @param haystack - the text to search
 * @param needle - the non-empty string to find
 * @returns the start indices, increasing
 */
export function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  if (needle === '') return out;
  const pattern = new RegExp(needle.replace(SPECIAL, '\\$&'), 'g');
  for (let m = pattern.exec(haystack); m !== null; m = pattern.exec(haystack)) {
    out.push(m.index);
    pattern.lastIndex = m.index + 1;
  }
  return out;
}

/** A text reduced to its folded letters and digits, with where each came from. */
export interface Skeleton {
  /** The folded letters and digits, in order. */
  text: string;
  /** For each code unit of `text`: the start of the original code point it came from. */
  from: number[];
  /** For each code unit of `text`: the end of the original code point it came from. */
  to: number[];
}

/**
 * Reduces a text to its folded letters and digits (spaces, punctuation and
 * marks dropped), remembering where each came from: `'Social-Kit'` gives
 * `'socialkit'`. Used to find a brand however it is cased, accented or split.
 *
 * @param text - the text
 * @returns the skeleton
 */
export function skeleton(text: string): Skeleton {
  const parts: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const cache = new Map<number, string>();
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const size = cp > 0xffff ? 2 : 1;
    let folded: string | undefined;
    if (cp < 0x80) {
      folded = (cp >= 48 && cp <= 57) || (cp >= 97 && cp <= 122) ? String.fromCharCode(cp) : cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : '';
    } else {
      folded = cache.get(cp);
      if (folded === undefined) {
        folded = '';
        for (const ch of foldText(String.fromCodePoint(cp))) if (WORD_CHAR.test(ch)) folded += ch;
        cache.set(cp, folded);
      }
    }
    for (let k = 0; k < folded.length; k += 1) {
      from.push(i);
      to.push(i + size);
    }
    if (folded !== '') parts.push(folded);
    i += size;
  }
  return { text: parts.join(''), from, to };
}

/**
 * Whether the original text has a letter or digit right before `start` or
 * right after `end` (so a match there is not a whole word).
 *
 * @param text - the original text
 * @param start - the start of the match
 * @param end - the end of the match
 * @returns true when the match touches a letter or digit
 */
export function touchesWord(text: string, start: number, end: number): boolean {
  return isWordCharAt(text, start, true) || isWordCharAt(text, end, false);
}
