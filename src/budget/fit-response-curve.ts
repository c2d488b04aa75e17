import { type Finding } from '../core/index.js';
import { arrayArgument, describeValue, finiteNumber, invalid, objectArgument, readOptions } from '../core/internal.js';
import { parseResponseCurve, type CurveOutcome, type ResponseCurve } from './response-curve.js';

/** One observation: a period's spend (major units) and the outcome it brought. */
export interface SpendPoint {
  /** The period's spend, in major units of the currency. */
  spend: number;
  /** The outcome observed for that spend (revenue or conversions). */
  outcome: number;
}

/** Options for {@link fitResponseCurve}. */
export interface FitResponseCurveOptions {
  /** `'hill'` or `'michaelisMenten'`. */
  kind: 'hill' | 'michaelisMenten';
  /** What the outcome counts, `'revenue'` (default) or `'conversions'`. */
  outcome?: CurveOutcome;
}

/**
 * The codes of the findings of {@link fitResponseCurve}.
 *
 * @example
 * FIT_FINDING_CODES.includes('neverSaturates'); // true
 */
export const FIT_FINDING_CODES = Object.freeze(['neverSaturates', 'poorlyIdentified'] as const);

/** A finding code of {@link FIT_FINDING_CODES}. */
export type FitFindingCode = (typeof FIT_FINDING_CODES)[number];

/** The result of {@link fitResponseCurve}. */
export interface FittedCurve {
  /** The fitted curve (its data stores as JSON: `curveData`). */
  curve: ResponseCurve<'hill' | 'michaelisMenten'>;
  /** 1 − SSR/SST; `null` when every outcome is the same. */
  rSquared: number | null;
  /** √(SSR / (n − p)), p the number of parameters; `null` when n ≤ p. */
  residualStandardError: number | null;
  /** Each parameter's approximate relative standard error (from the Jacobian at the optimum); `null` when it cannot be estimated. */
  relativeStandardErrors: Record<string, number | null>;
  /** The parameters whose relative standard error exceeds 0.5 (or cannot be estimated). */
  poorlyIdentified: string[];
  /** `neverSaturates` (the spends never reach the half-saturation point), `poorlyIdentified`. */
  findings: Finding[];
  /** Levenberg–Marquardt iterations over all starts. */
  iterations: number;
}

type Model = (theta: readonly number[], x: number) => { f: number; grad: number[] };

// Parameters in logs (θ = ln p), which keeps them positive; the box bounds are in logs too.
const MM: Model = ([lb, lk], x) => {
  const beta = Math.exp(lb as number);
  const kappa = Math.exp(lk as number);
  const f = (beta * x) / (kappa + x);
  return { f, grad: [f, x > 0 ? (-f * kappa) / (kappa + x) : 0] };
};
const HILL: Model = ([lb, la, lg], x) => {
  const beta = Math.exp(lb as number);
  const alpha = Math.exp(la as number);
  const gamma = Math.exp(lg as number);
  if (!(x > 0)) return { f: 0, grad: [0, 0, 0] };
  const lr = alpha * Math.log(x / gamma);
  const r = Math.exp(Math.min(lr, 700));
  const f = (beta * r) / (1 + r);
  const d = (beta * r) / ((1 + r) * (1 + r));
  return { f, grad: [f, d * lr, -alpha * d] };
};

// Solves the small symmetric system A·x = b by Gaussian elimination with partial pivoting; null when singular.
function solveLinear(a: number[][], b: number[]): number[] | null {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c += 1) {
    let piv = c;
    for (let r = c + 1; r < n; r += 1) if (Math.abs((m[r] as number[])[c] as number) > Math.abs((m[piv] as number[])[c] as number)) piv = r;
    const pr = m[piv] as number[];
    if (!(Math.abs(pr[c] as number) > 1e-300)) return null;
    m[piv] = m[c] as number[];
    m[c] = pr;
    for (let r = 0; r < n; r += 1) {
      if (r === c) continue;
      const row = m[r] as number[];
      const k = (row[c] as number) / (pr[c] as number);
      for (let j = c; j <= n; j += 1) row[j] = (row[j] as number) - k * (pr[j] as number);
    }
  }
  return m.map((row, i) => (row[n] as number) / (row[i] as number));
}

function inverse(a: number[][]): number[][] | null {
  const n = a.length;
  const out: number[][] = [];
  for (let j = 0; j < n; j += 1) {
    const col = solveLinear(a, a.map((_, i) => (i === j ? 1 : 0)));
    if (col === null) return null;
    out.push(col);
  }
  return out;
}

function lm(model: Model, xs: readonly number[], ys: readonly number[], start: number[], lo: readonly number[], hi: readonly number[]): { theta: number[]; ssr: number; iterations: number } {
  const p = start.length;
  const ssrOf = (theta: readonly number[]): number => {
    let s = 0;
    for (let i = 0; i < xs.length; i += 1) {
      const r = model(theta, xs[i] as number).f - (ys[i] as number);
      s += r * r;
    }
    return s;
  };
  let theta = start.map((t, i) => Math.min(hi[i] as number, Math.max(lo[i] as number, t)));
  let ssr = ssrOf(theta);
  let mu = 1e-3;
  let iterations = 0;
  for (let it = 0; it < 300; it += 1) {
    iterations += 1;
    const jtj = Array.from({ length: p }, () => new Array<number>(p).fill(0));
    const jtr = new Array<number>(p).fill(0);
    for (let i = 0; i < xs.length; i += 1) {
      const { f, grad } = model(theta, xs[i] as number);
      const r = f - (ys[i] as number);
      for (let a = 0; a < p; a += 1) {
        jtr[a] = (jtr[a] as number) + (grad[a] as number) * r;
        const row = jtj[a] as number[];
        for (let b = 0; b < p; b += 1) row[b] = (row[b] as number) + (grad[a] as number) * (grad[b] as number);
      }
    }
    let improved = false;
    for (let tries = 0; tries < 30; tries += 1) {
      const damped = jtj.map((row, a) => row.map((v, b) => (a === b ? v + mu * Math.max(v, 1e-12) : v)));
      const step = solveLinear(damped, jtr.map((v) => -v));
      if (step === null) {
        mu *= 10;
        continue;
      }
      // Projected step: the bounds clip the candidate.
      const cand = theta.map((t, a) => Math.min(hi[a] as number, Math.max(lo[a] as number, t + (step[a] as number))));
      const s = ssrOf(cand);
      if (Number.isFinite(s) && s < ssr) {
        const rel = (ssr - s) / Math.max(ssr, 1e-300);
        theta = cand;
        ssr = s;
        mu = Math.max(mu / 3, 1e-12);
        improved = true;
        if (rel < 1e-14) return { theta, ssr, iterations };
        break;
      }
      mu *= 4;
      if (mu > 1e16) break;
    }
    if (!improved) break;
  }
  return { theta, ssr, iterations };
}

/**
 * Fits a Hill or Michaelis–Menten curve to observed (spend, outcome) pairs
 * by nonlinear least squares: Levenberg–Marquardt on the parameters' logs
 * (so they stay positive) with box bounds (β within 10⁻³…10⁶ × the largest
 * outcome, γ or κ within 10⁻³…10³ × the largest spend, Hill's α within
 * 0.1…10), from several starts (the best fit is kept). The relative
 * standard errors come from s²·(JᵀJ)⁻¹ at the optimum; a parameter whose
 * relative error is above 0.5 is poorly identified. When the spends never
 * reach the half-saturation point the data cannot tell the ceiling from the
 * slope (the finding `neverSaturates`).
 *
 * @param points - at least 3 observations `{ spend, outcome }` (spend ≥ 0, outcome ≥ 0, finite)
 * @param options - `{ kind, outcome? }`
 * @returns the curve, R², the residual standard error, relative standard errors, the poorly identified parameters and findings
 * @throws {ValidationError} for a malformed point, fewer points than parameters + 1, or a bad option
 * @example
 * const fit = fitResponseCurve([
 *   { spend: 100, outcome: 200 }, { spend: 200, outcome: 333.3333 }, { spend: 400, outcome: 500 }, { spend: 800, outcome: 666.6667 },
 * ], { kind: 'michaelisMenten' });
 * Math.round(fit.curve.params.kappa); // 400
 * Math.round(fit.curve.params.beta); // 1000
 */
export function fitResponseCurve(points: readonly SpendPoint[], options: FitResponseCurveOptions): FittedCurve {
  const list = arrayArgument(points, 'points');
  if (list.length > 100_000) throw invalid('tooMany', `points has ${list.length} observations, more than 100,000`, 'points');
  const o = readOptions<FitResponseCurveOptions>(options, 'options', ['kind', 'outcome']);
  const kind = o.kind;
  if (kind !== 'hill' && kind !== 'michaelisMenten') throw invalid('invalidKind', `options.kind must be 'hill' or 'michaelisMenten', got ${describeValue(kind)}`, ['options', 'kind']);
  const outcome = o.outcome ?? 'revenue';
  if (outcome !== 'revenue' && outcome !== 'conversions') throw invalid('invalidOption', `options.outcome must be 'revenue' or 'conversions', got ${describeValue(outcome)}`, ['options', 'outcome']);
  const xs: number[] = [];
  const ys: number[] = [];
  Array.from(list).forEach((pt, i) => {
    const q = objectArgument(pt, ['points', i]);
    xs.push(finiteNumber(q.spend, ['points', i, 'spend'], { min: 0, max: 1e15 }));
    ys.push(finiteNumber(q.outcome, ['points', i, 'outcome'], { min: 0, max: 1e15 }));
  });
  const p = kind === 'hill' ? 3 : 2;
  if (xs.length < p + 1) throw invalid('tooSmall', `points has ${xs.length} observations: a ${kind} fit of ${p} parameters needs at least ${p + 1}`, 'points');
  const maxX = Math.max(...xs);
  const maxY = Math.max(...ys);
  if (!(maxX > 0) || !(maxY > 0)) throw invalid('invalidValue', 'points must include a positive spend and a positive outcome to fit a curve', 'points');
  const sorted = [...xs].sort((a, b) => a - b);
  const medianX = sorted[sorted.length >> 1] as number;
  const lnB = [Math.log(maxY * 1e-3), Math.log(maxY * 1e6)];
  const lnG = [Math.log(maxX * 1e-3), Math.log(maxX * 1e3)];
  const lnA = [Math.log(0.1), Math.log(10)];
  const model = kind === 'hill' ? HILL : MM;
  const lo = kind === 'hill' ? [lnB[0] as number, lnA[0] as number, lnG[0] as number] : [lnB[0] as number, lnG[0] as number];
  const hi = kind === 'hill' ? [lnB[1] as number, lnA[1] as number, lnG[1] as number] : [lnB[1] as number, lnG[1] as number];
  const starts: number[][] = [];
  for (const b of [1.2, 2, 5]) {
    for (const g of [Math.max(medianX, maxX * 1e-3), maxX, 3 * maxX]) {
      if (kind === 'hill') for (const a of [1, 2, 3]) starts.push([Math.log(b * maxY), Math.log(a), Math.log(g)]);
      else starts.push([Math.log(b * maxY), Math.log(g)]);
    }
  }
  let best: { theta: number[]; ssr: number } | null = null;
  let iterations = 0;
  for (const s of starts) {
    const r = lm(model, xs, ys, s, lo, hi);
    iterations += r.iterations;
    if (best === null || r.ssr < best.ssr) best = r;
  }
  const theta = (best as { theta: number[]; ssr: number }).theta;
  const ssr = (best as { theta: number[]; ssr: number }).ssr;
  const names = kind === 'hill' ? ['beta', 'alpha', 'gamma'] : ['beta', 'kappa'];
  const params: Record<string, number> = {};
  names.forEach((n, i) => {
    params[n] = Math.exp(theta[i] as number);
  });
  const curve = parseResponseCurve({ kind, params, outcome }) as ResponseCurve<'hill' | 'michaelisMenten'>;
  const meanY = ys.reduce((a, b) => a + b, 0) / ys.length;
  const sst = ys.reduce((a, y) => a + (y - meanY) ** 2, 0);
  const n = xs.length;
  const rse = n > p ? Math.sqrt(ssr / (n - p)) : null;
  const jtj = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (const x of xs) {
    const { grad } = model(theta, x);
    for (let a = 0; a < p; a += 1) for (let b = 0; b < p; b += 1) (jtj[a] as number[])[b] = ((jtj[a] as number[])[b] as number) + (grad[a] as number) * (grad[b] as number);
  }
  const inv = inverse(jtj);
  const relativeStandardErrors: Record<string, number | null> = {};
  const poorlyIdentified: string[] = [];
  names.forEach((nm, i) => {
    const v = inv === null || rse === null ? null : ((inv[i] as number[])[i] as number) * rse * rse;
    const se = v === null || !(v >= 0) || !Number.isFinite(v) ? null : Math.sqrt(v);
    relativeStandardErrors[nm] = se;
    const atBound = Math.abs((theta[i] as number) - (lo[i] as number)) < 1e-9 || Math.abs((theta[i] as number) - (hi[i] as number)) < 1e-9;
    if (se === null || se > 0.5 || atBound) poorlyIdentified.push(nm);
  });
  const half = kind === 'hill' ? (params.gamma as number) : (params.kappa as number);
  const findings: Finding[] = [];
  if (maxX < half) {
    findings.push({
      code: 'neverSaturates',
      severity: 'warning',
      message: `The largest spend observed (${maxX}) stays below the fitted half-saturation spend (${half.toPrecision(4)}): the data never reach saturation, so the ceiling and the half-saturation point are extrapolated. Test higher spends before trusting the optimum.`,
      path: ['points'],
    });
  }
  if (poorlyIdentified.length > 0) {
    findings.push({
      code: 'poorlyIdentified',
      severity: 'warning',
      message: `The data pin down ${poorlyIdentified.join(', ')} poorly (relative standard error above 50 %, or at a bound of the search): widen the range of spends observed.`,
      path: ['points'],
    });
  }
  return {
    curve,
    rSquared: sst > 0 ? 1 - ssr / sst : null,
    residualStandardError: rse,
    relativeStandardErrors,
    poorlyIdentified,
    findings,
    iterations,
  };
}
