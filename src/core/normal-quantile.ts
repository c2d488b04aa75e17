/**
 * The standard normal quantile (the inverse of its cumulative distribution
 * function), for the persona module's credible intervals and the Student t
 * quantile's starting point. Private to the library (exported through
 * `core/internal.ts` only).
 *
 * Method: Wichura's algorithm AS 241 (PPND16), "The Percentage Points of the
 * Normal Distribution", Applied Statistics 37(3), 1988, pp. 477–484: three
 * rational approximations of degree 7 (one for |p − ½| ≤ 0.425, two for the
 * tails in r = √(−ln min(p, 1 − p)), split at r = 5), with a relative error
 * of about 1e-16 over the whole range of doubles. The coefficients are the
 * paper's 20-digit constants rounded to the nearest double.
 *
 * @module
 */

const A = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987, 67265.7709270087, 33430.57558358813, 2509.0809287301227,
];
const B = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271, 28729.085735721943, 5226.495278852854,
];
const C = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684, 0.2417807251774506, 0.022723844989269184, 0.0007745450142783414,
];
const D = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457, 0.0005475938084995345, 1.0507500716444169e-9,
];
const E = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124, 0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7,
];
const F = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133, 0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15,
];

function horner(coefficients: readonly number[], x: number): number {
  let value = 0;
  for (let i = coefficients.length - 1; i >= 0; i -= 1) value = value * x + (coefficients[i] as number);
  return value;
}

/**
 * The standard normal quantile Φ⁻¹(p): the `z` with P(Z ≤ z) = p for a
 * standard normal Z.
 *
 * @param p - a probability strictly between 0 and 1
 * @returns Φ⁻¹(p); `-Infinity` for 0 and `Infinity` for 1, NaN outside [0, 1] (callers check their arguments)
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * horner(A, r)) / horner(B, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value = horner(C, r) / horner(D, r);
  } else {
    r -= 5;
    value = horner(E, r) / horner(F, r);
  }
  return q < 0 ? -value : value;
}
