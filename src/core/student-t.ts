/**
 * Student's t distribution: the cumulative distribution function and its
 * inverse (the quantile), and the regularized incomplete beta function, for
 * strategy's prediction intervals (`goalProgress`) and crisis's generalized
 * ESD test and count tail probabilities. Private to the library (not
 * exported from core's index; modules import this file by path); written here
 * because socialkit takes no statistics dependency.
 *
 * Method. `F(t) = 1 − ½·I_x(ν/2, ½)` for `t ≥ 0`, with `x = ν / (ν + t²)` and
 * `I` the regularized incomplete beta function, evaluated by its continued
 * fraction (modified Lentz), with `ln Γ` by the Lanczos approximation
 * (g = 7, 9 terms). The quantile solves `F(t) = p` by Newton's method on a
 * bracket that bisection keeps honest, started from the normal quantile
 * (Wichura's AS 241, `normal-quantile.ts`) corrected by the first Cornish–Fisher
 * terms; ν = 1 and ν = 2 have closed forms.
 *
 * @module
 */
import { normalQuantile } from './normal-quantile.js';

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/**
 * The natural logarithm of the gamma function, for `x > 0`.
 *
 * @param x - a positive number
 * @returns `ln Γ(x)`
 */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0] as number;
  const t = z + 7.5;
  for (let i = 1; i < 9; i += 1) a += (LANCZOS[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const TINY = 1e-300;

// Continued fraction of the incomplete beta function (Numerical Recipes' betacf, modified Lentz).
function betaContinuedFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 100_000; m += 1) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return h;
}

/**
 * `ln Γ(a + b) − ln Γ(a)` for `a ≥ 10`, by the difference of Stirling's
 * series, which keeps its precision when `a` is huge (where subtracting two
 * large `ln Γ` values would cancel most digits).
 *
 * @param a - the large argument, ≥ 10
 * @param b - the increment, > 0
 * @returns the log ratio
 */
export function logGammaRatio(a: number, b: number): number {
  const c = a + b;
  const series = (x: number): number => 1 / (12 * x) - 1 / (360 * x ** 3) + 1 / (1260 * x ** 5);
  return b * Math.log(c) + (a - 0.5) * Math.log1p(b / a) - b + series(c) - series(a);
}

function logBetaFront(a: number, b: number): number {
  // −ln B(a, b) = ln Γ(a + b) − ln Γ(a) − ln Γ(b), computed without cancellation when one argument is large.
  if (a >= 10 && a >= b) return logGammaRatio(a, b) - logGamma(b);
  if (b >= 10) return logGammaRatio(b, a) - logGamma(a);
  return logGamma(a + b) - logGamma(a) - logGamma(b);
}

/**
 * The regularized incomplete beta function `I_x(a, b)`, for `a, b > 0` and `0 ≤ x ≤ 1`.
 *
 * @param x - the upper limit
 * @param a - first shape parameter
 * @param b - second shape parameter
 * @param y - `1 − x`, when the caller knows it more precisely than the subtraction would give
 * @returns `I_x(a, b)`, from 0 to 1
 */
export function regularizedBeta(x: number, a: number, b: number, y = 1 - x): number {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  const lnX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
  const lnY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
  const front = Math.exp(logBetaFront(a, b) + a * lnX + b * lnY);
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, y)) / b;
}

/**
 * The cumulative distribution function of Student's t with `df` degrees of freedom.
 *
 * @param t - the point
 * @param df - degrees of freedom, > 0
 * @returns `P(T ≤ t)`
 */
export function studentTCdf(t: number, df: number): number {
  if (t === 0) return 0.5;
  // Tail via I_x(ν/2, ½) with x = ν / (ν + t²); for small |t| use the complement for accuracy.
  const t2 = t * t;
  const x = df / (df + t2);
  const y = t2 / (df + t2);
  const tail = t2 < df ? 0.5 * (1 - regularizedBeta(y, 0.5, df / 2, x)) : 0.5 * regularizedBeta(x, df / 2, 0.5, y);
  return t > 0 ? 1 - tail : tail;
}

/**
 * The density of Student's t with `df` degrees of freedom.
 *
 * @param t - the point
 * @param df - degrees of freedom, > 0
 * @returns the density at `t`
 */
export function studentTPdf(t: number, df: number): number {
  const half = df / 2;
  const ratio = half >= 10 ? logGammaRatio(half, 0.5) : logGamma(half + 0.5) - logGamma(half);
  const logC = ratio - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logC - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/**
 * The quantile (inverse CDF) of Student's t with `df` degrees of freedom:
 * the `t` with `P(T ≤ t) = p`. `studentTQuantile(0.9, 18)` is 1.330391, the
 * multiplier of an 80 % two-sided interval with 18 degrees of freedom.
 *
 * @param p - a probability, 0 < p < 1
 * @param df - degrees of freedom, > 0 (need not be whole)
 * @returns the quantile
 */
export function studentTQuantile(p: number, df: number): number {
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  if (df === 1) return Math.tan(Math.PI * (p - 0.5));
  if (df === 2) {
    const q = 2 * p - 1;
    return q * Math.sqrt(2 / (1 - q * q));
  }
  const z = normalQuantile(p);
  const z3 = z * z * z;
  let t = z + (z3 + z) / (4 * df) + (5 * z3 * z * z + 16 * z3 + 3 * z) / (96 * df * df);
  // Bracket [lo, hi] with F(lo) < p < F(hi); Newton steps that leave it are replaced by bisection.
  let lo = 0;
  let hi = Math.max(t, 1);
  while (studentTCdf(hi, df) < p) {
    lo = hi;
    hi *= 2;
  }
  if (!(t > lo && t < hi)) t = (lo + hi) / 2;
  for (let i = 0; i < 200; i += 1) {
    const f = studentTCdf(t, df) - p;
    if (f === 0) return t;
    if (f < 0) lo = t;
    else hi = t;
    const step = f / studentTPdf(t, df);
    let next = t - step;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - t) <= 1e-15 * Math.max(1, Math.abs(t))) return next;
    t = next;
  }
  return t;
}
