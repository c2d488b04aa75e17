import { toPath, type PathInput, type ValidationIssue } from './errors.js';

/**
 * A key of a record that looks like a misspelling of a missing one: the same
 * key in another letter case, one character more, fewer or different (`click`,
 * `clickss`, `clicsk` for `clicks`), or a plural/singular of at most two letters.
 * Small on purpose: the formulas, whose bundle stays under 1 KB, use it.
 *
 * @param key - the missing key
 * @param candidates - the keys the record has
 * @returns the similar key, or `undefined`
 * @example
 * similarKey('clicks', ['click', 'impressions']); // 'click'
 * similarKey('reach', ['impressions']); // undefined
 */
export function similarKey(key: string, candidates: readonly string[]): string | undefined {
  const k = key.toLowerCase();
  for (const c of candidates) {
    const l = c.toLowerCase();
    const [a, b] = l.length < k.length ? [l, k] : [k, l];
    if (a.length < 3 || b.length - a.length > 2) continue;
    if (b.startsWith(a)) return c;
    let i = 0;
    while (a[i] === b[i]) i += 1;
    // One substitution, one insertion, or two neighbours swapped.
    const rest = b.length === a.length ? a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) : b.length - a.length === 1 && a.slice(i) === b.slice(i + 1);
    if (rest) return c;
  }
  return undefined;
}

/**
 * The `missingField` issue of a required field a record or a formula input
 * lacks. Records keep accepting extra fields; when one of them looks like a
 * misspelling of the missing name (`click` for `clicks`), the message names it.
 *
 * @param record - the object that lacks the field
 * @param key - the missing field
 * @param context - who needs it, for the message (`` `ctr({ clicks, impressions })` ``)
 * @param path - the record's own path (default: none)
 * @returns the issue
 * @example
 * missingFieldIssue({ click: 3, impressions: 10 }, 'clicks', 'ctr').message;
 * // 'ctr needs clicks (the input has `click`: a misspelling of `clicks`?)'
 */
export function missingFieldIssue(record: object, key: string, context: string, path: PathInput = []): ValidationIssue {
  const own = Object.keys(record);
  const similar = similarKey(key, own.length > 200 ? own.slice(0, 200) : own);
  const hint = similar === undefined ? '' : ` (the input has \`${similar}\`: a misspelling of \`${key}\`?)`;
  return { code: 'missingField', message: `${context} needs ${key}${hint}`, path: [...toPath(path), key] };
}
