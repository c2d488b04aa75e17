import { arrayArgument, booleanArgument, finiteNumber, invalid, readOptions } from '../core/internal.js';

const MAX_SERIES = 100_000;

function series(values: readonly number[]): number[] {
  const list = arrayArgument(values, 'series');
  if (list.length > MAX_SERIES) throw invalid('seriesTooLong', `series has ${list.length} values, more than ${MAX_SERIES}`, 'series');
  const out: number[] = [];
  for (let i = 0; i < list.length; i += 1) out.push(finiteNumber(list[i], ['series', i], { min: 0, max: 1e15 }));
  return out;
}

/** Options for {@link geometricAdstock}. */
export interface GeometricAdstockOptions {
  /** The decay rate θ ∈ [0, 1): the share of a period's effect carried to the next. */
  theta: number;
  /** Scale by (1 − θ) so the carried-over effect sums to the spend (Meridian, PyMC-Marketing); default `false` (Robyn). */
  normalize?: boolean;
}

/**
 * Geometric adstock as Robyn's `adstock_geometric` defines it:
 * a₁ = x₁, aₜ = xₜ + θ·aₜ₋₁; with `normalize`, every aₜ is multiplied by
 * (1 − θ), as Meridian and PyMC-Marketing normalize the weights θˡ.
 *
 * @param values - the spend series, one number ≥ 0 per period
 * @param options - `{ theta, normalize? }`
 * @returns the adstocked series, as long as the input
 * @throws {ValidationError} for a value that is not a finite number ≥ 0, or θ outside [0, 1)
 * @example
 * geometricAdstock([100, 100, 100, 100, 100], { theta: 0.5 }); // [100, 150, 175, 187.5, 193.75]
 * geometricAdstock([100, 0, 0], { theta: 0.5, normalize: true }); // [50, 25, 12.5]
 */
export function geometricAdstock(values: readonly number[], options: GeometricAdstockOptions): number[] {
  const x = series(values);
  const o = readOptions<GeometricAdstockOptions>(options, 'options', ['theta', 'normalize']);
  const theta = finiteNumber(o.theta, ['options', 'theta'], { min: 0, max: 0.999999 });
  const normalize = booleanArgument(o.normalize, ['options', 'normalize'], false);
  const out: number[] = [];
  let carry = 0;
  for (const v of x) {
    carry = v + theta * carry;
    out.push(carry);
  }
  return normalize ? out.map((v) => v * (1 - theta)) : out;
}

/** Options for {@link delayedAdstock}. */
export interface DelayedAdstockOptions {
  /** The retention rate α ∈ (0, 1). */
  alpha: number;
  /** The delay θ ≥ 0: the lag, in periods, at which the effect peaks. */
  theta: number;
  /** How many lags the effect lasts (`l_max`), default 12. */
  maxLag?: number;
  /** Divide the weights by their sum (PyMC-Marketing's `normalize`); default `false`. */
  normalize?: boolean;
}

/**
 * Delayed adstock (Jin et al. 2017, "Bayesian methods for media mix
 * modeling with carryover and shape effects"), as PyMC-Marketing's
 * `delayed_adstock` implements it: weights w(l) = α^((l − θ)²) for
 * l = 0 … maxLag − 1 (divided by their sum with `normalize`), and
 * aₜ = Σₗ w(l)·xₜ₋ₗ.
 *
 * @param values - the spend series
 * @param options - `{ alpha, theta, maxLag?, normalize? }`
 * @returns the adstocked series, as long as the input
 * @throws {ValidationError} for a bad value or option
 * @example
 * delayedAdstock([100, 0, 0], { alpha: 0.5, theta: 1, maxLag: 3 }); // [50, 100, 50]
 */
export function delayedAdstock(values: readonly number[], options: DelayedAdstockOptions): number[] {
  const x = series(values);
  const o = readOptions<DelayedAdstockOptions>(options, 'options', ['alpha', 'theta', 'maxLag', 'normalize']);
  const alpha = finiteNumber(o.alpha, ['options', 'alpha'], { min: 1e-9, max: 0.999999 });
  const theta = finiteNumber(o.theta, ['options', 'theta'], { min: 0, max: 1000 });
  const maxLag = o.maxLag === undefined ? 12 : finiteNumber(o.maxLag, ['options', 'maxLag'], { min: 1, max: 1000 });
  if (!Number.isInteger(maxLag)) throw invalid('notInteger', `options.maxLag must be a whole number of periods, got ${maxLag}`, ['options', 'maxLag']);
  const normalize = booleanArgument(o.normalize, ['options', 'normalize'], false);
  const w = Array.from({ length: maxLag }, (_, l) => alpha ** ((l - theta) ** 2));
  const sum = w.reduce((a, b) => a + b, 0);
  const weights = normalize && sum > 0 ? w.map((v) => v / sum) : w;
  return convolve(x, weights);
}

function convolve(x: readonly number[], weights: readonly number[]): number[] {
  const out: number[] = [];
  for (let t = 0; t < x.length; t += 1) {
    let s = 0;
    const top = Math.min(t, weights.length - 1);
    for (let l = 0; l <= top; l += 1) s += (weights[l] as number) * (x[t - l] as number);
    out.push(s);
  }
  return out;
}

/** Options for {@link weibullAdstock}. */
export interface WeibullAdstockOptions {
  /** The Weibull shape k ≥ 0 (0 gives no effect, as in Robyn). */
  shape: number;
  /** The scale as Robyn takes it: a fraction in [0, 1] of the window, mapped to round(quantile(1:windowLength, scale)). */
  scale: number;
  /** `'cdf'` (default: decay only, peak at lag 0) or `'pdf'` (allows a lagged peak). */
  type?: 'cdf' | 'pdf';
  /** Robyn's `windlen`: how many lags the weights cover, default the series' length. */
  windowLength?: number;
}

// R's round(): half to even (IEC 60559), for the non-negative values it is used on here.
function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/**
 * Robyn's decay weights for {@link weibullAdstock}: the scale mapped to
 * λ = round(quantile(1:n, scale)) (R's type-7 quantile, 1 + (n − 1)·scale,
 * rounded half to even as R's `round` does); CDF weights
 * cumprod(c(1, 1 − F(1…n−1))) with F the Weibull CDF, so wₗ = Π exp(−(j/λ)^k);
 * PDF weights the Weibull density at 1…n, min–max normalized
 * (c(1, 0, …) when they are all equal).
 *
 * @param options - `{ shape, scale, type?, windowLength }` (`windowLength` required here)
 * @returns the weights of lags 0 … windowLength − 1
 * @throws {ValidationError} for a bad option
 * @example
 * weibullWeights({ shape: 1, scale: 0.5, windowLength: 4 }).map((w) => w.toFixed(4)); // ['1.0000', '0.6065', '0.2231', '0.0498']
 */
export function weibullWeights(options: WeibullAdstockOptions): number[] {
  const o = readOptions<WeibullAdstockOptions>(options, 'options', ['shape', 'scale', 'type', 'windowLength']);
  const shape = finiteNumber(o.shape, ['options', 'shape'], { min: 0, max: 100 });
  const scale = finiteNumber(o.scale, ['options', 'scale'], { min: 0, max: 1 });
  const type = o.type ?? 'cdf';
  if (type !== 'cdf' && type !== 'pdf') throw invalid('invalidOption', `options.type must be 'cdf' or 'pdf', got ${String(type)}`, ['options', 'type']);
  const n = finiteNumber(o.windowLength, ['options', 'windowLength'], { min: 1, max: MAX_SERIES });
  if (!Number.isInteger(n)) throw invalid('notInteger', `options.windowLength must be a whole number, got ${n}`, ['options', 'windowLength']);
  if (shape === 0) return new Array<number>(n).fill(0);
  const lambda = roundHalfEven(1 + (n - 1) * scale);
  if (type === 'cdf') {
    const out: number[] = [1];
    for (let j = 1; j < n; j += 1) out.push((out[j - 1] as number) * Math.exp(-((j / lambda) ** shape)));
    return out;
  }
  const dens: number[] = [];
  for (let j = 1; j <= n; j += 1) dens.push((shape / lambda) * (j / lambda) ** (shape - 1) * Math.exp(-((j / lambda) ** shape)));
  const min = Math.min(...dens);
  const max = Math.max(...dens);
  if (!(max - min > 0)) return dens.map((_, i) => (i === 0 ? 1 : 0));
  return dens.map((d) => (d - min) / (max - min));
}

/**
 * Weibull adstock with Robyn's conventions (`adstock_weibull` in
 * `transformation.R`): the weights of {@link weibullWeights} over a window
 * of `windowLength` lags (default the series' length), and
 * aₜ = Σₗ wₗ·xₜ₋ₗ.
 *
 * @param values - the spend series
 * @param options - `{ shape, scale, type?, windowLength? }`
 * @returns the adstocked series, as long as the input
 * @throws {ValidationError} for a bad value or option
 * @example
 * weibullAdstock([100, 0, 0, 0], { shape: 1, scale: 0.5 }).map((v) => Math.round(v)); // [100, 61, 22, 5]
 */
export function weibullAdstock(values: readonly number[], options: WeibullAdstockOptions): number[] {
  const x = series(values);
  const o = readOptions<WeibullAdstockOptions>(options, 'options', ['shape', 'scale', 'type', 'windowLength']);
  if (x.length === 0) return [];
  const weights = weibullWeights({ shape: o.shape as number, scale: o.scale as number, ...(o.type === undefined ? {} : { type: o.type }), windowLength: o.windowLength ?? x.length });
  return convolve(x, weights);
}
