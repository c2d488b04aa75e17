import { punycodeLength } from './punycode-length.js';
import { tldEnd } from './tld-matcher.js';
import * as classes from './url-char-table.js';

// Module-local copies: hot loops then read constants, not import bindings.
const TABLE = classes.URL_CHAR_CLASSES;
const C_PATH = classes.C_PATH;
const C_PATH_END = classes.C_PATH_END;
const C_QUERY = classes.C_QUERY;
const C_QUERY_END = classes.C_QUERY_END;
const C_ASCII_DOMAIN = classes.C_ASCII_DOMAIN;
const C_DOMAIN = classes.C_DOMAIN;
const C_PRECEDING = classes.C_PRECEDING;
const findTldEnd = tldEnd;
const encodedLength = punycodeLength;

/**
 * A URL found the way twitter-text 3.1.0 finds it (`extractUrlsWithIndices`).
 * All offsets are UTF-16 indices into the scanned text.
 */
export interface UrlSpan {
  /** Where the URL starts. */
  start: number;
  /** Where twitter-text says the URL ends (its `indices[1]`). */
  end: number;
  /** How many code units the X counter skips for it (twitter-text's `url.length`; differs from `end - start` only in rare cases without protocol). */
  length: number;
  /** Whether the URL was written with `http://` or `https://`. */
  hasProtocol: boolean;
}

/** A work counter, filled in by the scanners for the linear-time tests. */
export interface ScanStats {
  /** Characters examined (each scanner adds what it reads). */
  steps: number;
}

/** Options of {@link scanXUrls}. */
export interface ScanXUrlsOptions {
  /** Keep URLs written without a protocol (`example.com`), as X does; Mastodon links only `http(s)://` URLs. Default true. */
  withoutProtocol?: boolean;
  /** A counter of the work done. */
  stats?: ScanStats;
}

const MAX_URL_LENGTH = 4096;
const MAX_TCO_SLUG_LENGTH = 40;
const MAX_LABEL_LENGTH = 63;
const DEFAULT_PROTOCOL_LENGTH = 8; // 'https://'
const NONE: readonly UrlSpan[] = [];


const DOT = 46;
const SLASH = 47;
const HYPHEN = 45;
const UNDERSCORE = 95;
const OPEN = 40;
const CLOSE = 41;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isIdnaSeparator(c: number): boolean {
  return c === DOT || c === 0x3002 || c === 0xff0e || c === 0xff61;
}

// The URL scanner: one instance per scanned text. It reproduces the
// leftmost-first, backtracking search of twitter-text's `extractUrl` regex
// without backtracking: every label, dot chain and TLD test is computed once
// (memoized by position), so the whole scan reads each character a bounded
// number of times.
class Scanner {
  steps = 0;
  private readonly n: number;
  private chainMemo: Map<number, number> | undefined;
  // The memo of `asciiChain`, for the domain `asciiDomains` is scanning.
  private asciiMemo: Map<number, number> | undefined;
  // The dot whose first-label candidates are being tried, and its chain and TLD results (-2: not computed).
  private dot = -1;
  private dotChain = -2;
  private dotTld = -2;
  // The last match found by `next`.
  private matchStart = -1;
  private matchProtocol = 0;
  private matchDomain = -1;
  /** Whether the URL last measured by `rest` has a path. */
  private hasPath = false;

  constructor(private readonly text: string) {
    this.n = text.length;
  }

  private cls(i: number): number {
    return i < this.n ? (TABLE[this.text.charCodeAt(i)] ?? 0) : 0;
  }

  private isDomainChar(i: number): boolean {
    return (this.cls(i) & C_DOMAIN) !== 0;
  }

  // A label character: a domain character, `-` or `_`.
  private isLabelChar(c: number): boolean {
    return ((TABLE[c] ?? 0) & C_DOMAIN) !== 0 || c === HYPHEN || c === UNDERSCORE;
  }

  // The TLD at `start` (not memoized: `domainFor` keeps it per dot and `chain`
  // computes it once per memoized label, so each position is tried a bounded number of times).
  private tld(start: number): number {
    const end = findTldEnd(this.text, start, this.n);
    this.steps += end > start ? end - start : 1;
    return end;
  }

  // The end of the domain the regex would choose for the chain of labels
  // that starts right after the dot at `dot`, or -1: greedy subdomains, so
  // the last label (without `_`) followed by a TLD wins.
  private chain(dot: number): number {
    const hit = this.chainMemo?.get(dot);
    if (hit !== undefined) return hit;
    const text = this.text;
    const n = this.n;
    // The labels met, as (dot before, dot after, has '_') triples; allocated on the first one.
    let stack: number[] | undefined;
    let cur = dot;
    let result = -1;
    for (;;) {
      const known = cur === dot ? undefined : this.chainMemo?.get(cur);
      if (known !== undefined) {
        result = known;
        break;
      }
      const t = cur + 1;
      let labelEnd = -1;
      let underscore = false;
      if (this.isDomainChar(t)) {
        let j = t;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === UNDERSCORE) underscore = true;
          else if (!this.isLabelChar(c)) break;
          j += 1;
        }
        this.steps += j - t;
        if (j < n && text.charCodeAt(j) === DOT && this.isDomainChar(j - 1)) labelEnd = j;
      }
      // A dot with no label after it is not memoized: it is cheap to redo, and
      // walks from earlier dots stop at the memoized labels before reaching it again.
      if (labelEnd < 0) break;
      (stack ??= []).push(cur, labelEnd, underscore ? 1 : 0);
      cur = labelEnd;
    }
    if (stack !== undefined) {
      const memo = (this.chainMemo ??= new Map());
      for (let k = stack.length - 3; k >= 0; k -= 3) {
        if (result < 0 && stack[k + 2] === 0) {
          const e = this.tld((stack[k + 1] ?? 0) + 1);
          if (e >= 0) result = e;
        }
        memo.set(stack[k] ?? 0, result);
      }
    }
    return result;
  }

  // The end of the domain whose first label is [s, dot), where `underscore`
  // is the last '_' of the label run before the dot (or -1): the chain after
  // the dot if it yields a domain (greedy subdomains), else this label
  // followed by a TLD when it has no '_'. Per-dot results are kept while the
  // candidates of one dot are tried.
  private domainFor(s: number, dot: number, underscore: number): number {
    if (this.dot !== dot) {
      this.dot = dot;
      this.dotChain = -2;
      this.dotTld = -2;
    }
    if (this.dotChain === -2) this.dotChain = this.chain(dot);
    if (this.dotChain >= 0) return this.dotChain;
    if (underscore >= s) return -1;
    if (this.dotTld === -2) this.dotTld = this.tld(dot + 1);
    return this.dotTld;
  }

  // `http://` or `https://`, case-insensitive: its length, else 0.
  private protocolLength(s: number): number {
    const t = this.text;
    if (s + 7 > this.n) return 0;
    if ((t.charCodeAt(s) | 32) !== 104 || (t.charCodeAt(s + 1) | 32) !== 116 || (t.charCodeAt(s + 2) | 32) !== 116 || (t.charCodeAt(s + 3) | 32) !== 112) {
      return 0;
    }
    let k = s + 4;
    if ((t.charCodeAt(k) | 32) === 115) k += 1;
    return t.charCodeAt(k) === 58 && t.charCodeAt(k + 1) === SLASH && t.charCodeAt(k + 2) === SLASH ? k + 3 - s : 0;
  }

  // A run of path characters from `i`: its end.
  private pathRun(i: number): number {
    let j = i;
    while ((this.cls(j) & C_PATH) !== 0) j += 1;
    this.steps += j - i + 1;
    return j;
  }

  // Balanced parentheses (two levels) at `i` (an opening parenthesis): their end, or -1.
  private parens(i: number): number {
    const t = this.text;
    const r1 = this.pathRun(i + 1);
    if (r1 > i + 1 && t.charCodeAt(r1) === CLOSE) return r1 + 1;
    if (t.charCodeAt(r1) === OPEN) {
      const r2 = this.pathRun(r1 + 1);
      if (r2 > r1 + 1 && t.charCodeAt(r2) === CLOSE) {
        const r3 = this.pathRun(r2 + 1);
        if (t.charCodeAt(r3) === CLOSE) return r3 + 1;
      }
    }
    return -1;
  }

  // Port, path and query after the domain: where the URL ends (and {@link hasPath} says whether it has a path).
  private rest(domainEnd: number): number {
    const t = this.text;
    const n = this.n;
    let e = domainEnd;
    if (t.charCodeAt(e) === 58 && isDigit(t.charCodeAt(e + 1))) {
      e += 2;
      while (isDigit(t.charCodeAt(e))) e += 1;
      this.steps += e - domainEnd;
    }
    this.hasPath = false;
    if (t.charCodeAt(e) === SLASH) {
      this.hasPath = true;
      let j = e + 1;
      let last = e + 1;
      while (j < n) {
        const f = this.cls(j);
        if ((f & C_PATH) !== 0) {
          j += 1;
          if ((f & C_PATH_END) !== 0) last = j;
          continue;
        }
        if (t.charCodeAt(j) !== OPEN) break;
        const b = this.parens(j);
        if (b < 0) break;
        j = b;
        last = b;
      }
      this.steps += j - e;
      e = last;
    }
    if (t.charCodeAt(e) === 63) {
      let j = e + 1;
      let last = -1;
      for (let f = this.cls(j); (f & C_QUERY) !== 0; f = this.cls(j)) {
        j += 1;
        if ((f & C_QUERY_END) !== 0) last = j;
      }
      this.steps += j - e;
      if (last >= 0) e = last;
    }
    return e;
  }

  // The domains written in ASCII letters, digits, hyphens and Latin accents
  // inside `[lo, hi)`, as twitter-text's `validAsciiDomain` finds them for a
  // URL without protocol, with its quirk: each one is located with
  // `indexOf` from the end of the previous one.
  asciiDomains(lo: number, hi: number): number[] {
    const t = this.text;
    // Pairs (start, end), flattened.
    const out: number[] = [];
    this.asciiMemo = undefined;
    let previousEnd = lo;
    let q = lo;
    while (q < hi) {
      if (!this.isAsciiDomainChar(q, hi)) {
        q += 1;
        this.steps += 1;
        continue;
      }
      const r = this.asciiRun(q, hi);
      if (r < hi && t.charCodeAt(r) === DOT) {
        const e = this.asciiChain(r, hi);
        if (e >= 0) {
          // twitter-text locates the match with domain.indexOf(match, end of the previous one):
          // the first occurrence, which lies in [previousEnd, q] (searched in that stretch only,
          // so each stretch of the domain is read once).
          const found = q === previousEnd ? q : previousEnd + t.slice(previousEnd, e).indexOf(t.slice(q, e));
          this.steps += found - previousEnd + (e - q);
          out.push(found, found + (e - q));
          previousEnd = found + (e - q);
          q = e;
          continue;
        }
      }
      q = r;
    }
    return out;
  }

  private isAsciiDomainChar(i: number, hi: number): boolean {
    return i < hi && ((TABLE[this.text.charCodeAt(i)] ?? 0) & C_ASCII_DOMAIN) !== 0;
  }

  private asciiRun(i: number, hi: number): number {
    let j = i;
    while (this.isAsciiDomainChar(j, hi)) j += 1;
    this.steps += j - i + 1;
    return j;
  }

  // The end of the best `validAsciiDomain` match whose labels continue after
  // the dot at `dot` (more labels first, then a TLD right after the dot), or
  // -1; memoized by dot, computed without recursion.
  private asciiChain(dot: number, hi: number): number {
    const t = this.text;
    const stack: number[] = [];
    let cur = dot;
    let result = -1;
    for (;;) {
      const known = this.asciiMemo?.get(cur);
      if (known !== undefined) {
        result = known;
        break;
      }
      stack.push(cur);
      const r = this.asciiRun(cur + 1, hi);
      if (r > cur + 1 && r < hi && t.charCodeAt(r) === DOT) {
        cur = r;
        continue;
      }
      break;
    }
    // Only walks over several labels are memoized: a single label is asked for once.
    const memo = stack.length > 1 ? (this.asciiMemo ??= new Map()) : undefined;
    for (let k = stack.length - 1; k >= 0; k -= 1) {
      const d = stack[k] ?? 0;
      if (result < 0) {
        result = findTldEnd(t, d + 1, hi);
        this.steps += 1;
      }
      memo?.set(d, result);
    }
    return result;
  }

  // The length `punycode.toASCII` (punycode.js 1.4.1) gives a label, or 64 once it is known to exceed 63.
  private labelAsciiLength(a: number, b: number): number {
    const t = this.text;
    let total = 0;
    let subStart = a;
    let first = true;
    for (let i = a; i <= b; i += 1) {
      if (i < b && !isIdnaSeparator(t.charCodeAt(i))) continue;
      let ascii = true;
      for (let k = subStart; k < i && ascii; k += 1) {
        const c = t.charCodeAt(k);
        if (c < 0x20 || c > 0x7e) ascii = false;
      }
      let length = i - subStart;
      if (!ascii) {
        const points: number[] = [];
        for (let k = subStart; k < i && points.length <= MAX_LABEL_LENGTH; k += 1) {
          const c = t.charCodeAt(k);
          if (c >= 0xd800 && c <= 0xdbff && k + 1 < i) {
            const d = t.charCodeAt(k + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
              points.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
              k += 1;
              continue;
            }
          }
          points.push(c);
        }
        length = points.length > MAX_LABEL_LENGTH ? MAX_LABEL_LENGTH + 1 : 4 + encodedLength(points);
      }
      this.steps += i - subStart + 1;
      total += length + (first ? 0 : 1);
      if (total > MAX_LABEL_LENGTH) return MAX_LABEL_LENGTH + 1;
      first = false;
      subStart = i + 1;
    }
    return total;
  }

  // twitter-text's `isValidUrl`: every label of the domain 1 to 63 characters once punycoded, the whole URL at most 4096.
  private isValidUrl(protocolLength: number, urlLength: number, domainStart: number, domainEnd: number): boolean {
    const t = this.text;
    const punycoded =
      t.charCodeAt(domainStart) === 0x78 && t.charCodeAt(domainStart + 1) === 0x6e && t.charCodeAt(domainStart + 2) === HYPHEN && t.charCodeAt(domainStart + 3) === HYPHEN;
    if (punycoded && this.asciiDomains(domainStart, domainEnd).length === 0) return false;
    let a = domainStart;
    for (let i = domainStart; i <= domainEnd; i += 1) {
      if (i < domainEnd && this.text.charCodeAt(i) !== DOT) continue;
      const length = this.labelAsciiLength(a, i);
      if (length < 1 || length > MAX_LABEL_LENGTH) return false;
      a = i + 1;
    }
    return (protocolLength > 0 ? protocolLength : DEFAULT_PROTOCOL_LENGTH) + urlLength <= MAX_URL_LENGTH;
  }

  // A `https://t.co/slug` URL: -2 when it is not one, -1 when its slug is too long, else the end of the short URL.
  private tco(start: number, protocolLength: number, urlEnd: number): number {
    const t = this.text;
    const j = start + protocolLength;
    if (
      j + 5 > urlEnd ||
      (t.charCodeAt(j) | 32) !== 116 ||
      t.charCodeAt(j + 1) !== DOT ||
      (t.charCodeAt(j + 2) | 32) !== 99 ||
      (t.charCodeAt(j + 3) | 32) !== 111 ||
      t.charCodeAt(j + 4) !== SLASH
    ) {
      return -2;
    }
    let k = j + 5;
    while (k < urlEnd && isAsciiAlnum(t.charCodeAt(k))) k += 1;
    if (k === j + 5) return -2;
    if (k - (j + 5) > MAX_TCO_SLUG_LENGTH) return -1;
    let end = k;
    if (k < urlEnd && t.charCodeAt(k) === 63) {
      for (let q = k + 1; q < urlEnd; q += 1) {
        const f = this.cls(q);
        if ((f & C_QUERY) === 0) break;
        if ((f & C_QUERY_END) !== 0) end = q + 1;
      }
    }
    return end;
  }

  // Whether `p` may precede a URL starting at `s = p + 1` (or `s = 0` through `^`), given the scan resumed at `from`.
  private mayStartAt(s: number, from: number): boolean {
    if (s === 0) return from === 0;
    return s - 1 >= from && (this.cls(s - 1) & C_PRECEDING) !== 0;
  }

  // The next dot at or after `i`, or -1 (read code unit by code unit, so a
  // text of dots costs its length, whatever the number of dots).
  private nextDot(i: number): number {
    const text = this.text;
    const n = this.n;
    let j = i;
    while (j < n && text.charCodeAt(j) !== DOT) j += 1;
    this.steps += j - i;
    return j < n ? j : -1;
  }

  // Records a match found by `next`.
  private found(start: number, protocol: number, domain: number): boolean {
    this.matchStart = start;
    this.matchProtocol = protocol;
    this.matchDomain = domain;
    return true;
  }

  // A URL without protocol starting at `s` (first label [s, dot)), if the regex would take one there.
  private tryAt(s: number, from: number, dot: number, underscore: number): boolean {
    if (!this.isDomainChar(s) || !this.mayStartAt(s, from)) return false;
    const domain = this.domainFor(s, dot, underscore);
    return domain >= 0 && this.found(s, 0, domain);
  }

  // The next match of twitter-text's URL regex at or after `from` (kept in
  // the match fields). The regex tries every start position in turn; a
  // match needs a domain whose first label ends at a dot, so only the label
  // run before each dot (and a protocol just before it) can start one: the
  // search jumps from dot to dot and tries those positions in the regex's order.
  private next(from: number): boolean {
    const text = this.text;
    for (let d = this.nextDot(from); d >= 0; d = this.nextDot(d + 1)) {
      // The run of label characters before the dot, and its last '_'.
      let a = d;
      let underscore = -1;
      while (a > from) {
        const c = text.charCodeAt(a - 1);
        if (c === UNDERSCORE) {
          if (underscore < 0) underscore = a - 1;
        } else if (((TABLE[c] ?? 0) & C_DOMAIN) === 0 && c !== HYPHEN) break;
        a -= 1;
      }
      this.steps += d - a + 1;
      // A label ends with a domain character.
      if (a === d || !this.isDomainChar(d - 1)) continue;
      // A protocol right before the label run (the run then starts after '//').
      if (a >= 7 && text.charCodeAt(a - 1) === SLASH) {
        const s = (text.charCodeAt(a - 4) | 32) === 115 ? a - 8 : a - 7;
        if (s >= 0 && this.protocolLength(s) === a - s && this.mayStartAt(s, from) && this.isDomainChar(a)) {
          const domain = this.domainFor(a, d, underscore);
          if (domain >= 0) return this.found(s, a - s, domain);
        }
      }
      // Positions inside the run, in the order the regex tries them: at
      // position 0, a preceding character (URL at 1) before '^' (URL at 0).
      let s = Math.max(a, from === 0 ? 0 : from + 1);
      if (s === 0 && d > 1 && (this.cls(0) & C_PRECEDING) !== 0) {
        if (this.tryAt(1, from, d, underscore) || this.tryAt(0, from, d, underscore)) return true;
        s = 2;
      }
      for (; s < d; s += 1) if (this.tryAt(s, from, d, underscore)) return true;
    }
    return false;
  }

  scan(withoutProtocol: boolean): UrlSpan[] {
    const out: UrlSpan[] = [];
    let from = 0;
    while (this.next(from)) {
      const start = this.matchStart;
      const protocol = this.matchProtocol;
      const domain = this.matchDomain;
      const before = start > 0 ? this.text.charCodeAt(start - 1) : -1;
      const urlEnd = this.rest(domain);
      const hasPath = this.hasPath;
      from = urlEnd;
      const domainStart = start + protocol;
      if (!this.isValidUrl(protocol, urlEnd - start, domainStart, domain)) continue;
      if (protocol === 0) {
        if (!withoutProtocol || before === HYPHEN || before === UNDERSCORE || before === DOT || before === SLASH) continue;
        const found = this.asciiDomains(domainStart, domain);
        const last = found.length / 2 - 1;
        for (let k = 0; k <= last; k += 1) {
          const a = found[2 * k] ?? 0;
          const b = found[2 * k + 1] ?? 0;
          if (k === last && hasPath) out.push({ start: a, end: urlEnd, length: b - a + (urlEnd - domain), hasProtocol: false });
          else out.push({ start: a, end: b, length: b - a, hasProtocol: false });
        }
      } else {
        const tco = this.tco(start, protocol, urlEnd);
        if (tco === -1) continue;
        const end = tco >= 0 ? tco : urlEnd;
        out.push({ start, end, length: end - start, hasProtocol: true });
      }
    }
    return out;
  }
}

/**
 * Finds the URLs of a text exactly as twitter-text 3.1.0's
 * `extractUrlsWithIndices` does (its TLD list, domain, path, query and
 * trailing-punctuation rules, balanced parentheses, t.co slugs, punycode
 * label lengths), in linear time. The text is used as given (the X counter
 * normalizes it to NFC first).
 *
 * @param text - the text to scan
 * @param options - `withoutProtocol` (default true) and a work counter
 * @returns the URLs in the order twitter-text reports them
 */
export function scanXUrls(text: string, options: ScanXUrlsOptions = {}): readonly UrlSpan[] {
  if (text.indexOf('.') < 0) return NONE;
  const scanner = new Scanner(text);
  const urls = scanner.scan(options.withoutProtocol ?? true);
  if (options.stats !== undefined) options.stats.steps += scanner.steps + text.length;
  return urls;
}
