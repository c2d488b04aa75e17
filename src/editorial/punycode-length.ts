const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;

function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let d = firstTime ? Math.floor(delta / DAMP) : Math.floor(delta / 2);
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) / 2) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

/**
 * The length of the Punycode encoding (RFC 3492, without the `xn--`
 * prefix) of a list of code points: the basic code points (below 128) are
 * copied, followed by a delimiter when there are any, then one
 * variable-length integer per other code point. Computed without building
 * the string. Meant for DNS labels (at most a few dozen code points): the
 * cost is the number of code points times the number of distinct ones.
 *
 * @param codePoints - the label's code points
 * @returns the number of characters of the encoded label
 */
export function punycodeLength(codePoints: readonly number[]): number {
  let basic = 0;
  for (const cp of codePoints) if (cp < INITIAL_N) basic += 1;
  let out = basic + (basic > 0 ? 1 : 0);
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  let handled = basic;
  while (handled < codePoints.length) {
    let m = Number.MAX_SAFE_INTEGER;
    for (const cp of codePoints) if (cp >= n && cp < m) m = cp;
    delta += (m - n) * (handled + 1);
    n = m;
    for (const cp of codePoints) {
      if (cp < n) delta += 1;
      if (cp === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
          if (q < t) break;
          out += 1;
          q = Math.floor((q - t) / (BASE - t));
        }
        out += 1;
        bias = adapt(delta, handled + 1, handled === basic);
        delta = 0;
        handled += 1;
      }
    }
    delta += 1;
    n += 1;
  }
  return out;
}
