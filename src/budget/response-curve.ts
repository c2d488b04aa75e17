import * as z from 'zod';
import { invalid, objectArgument, parseWithSchema } from '../core/internal.js';

/** The response-curve families: `'hill'`, `'michaelisMenten'`, `'logisticSaturation'`, `'tanhSaturation'`. */
export type CurveKind = 'hill' | 'michaelisMenten' | 'logisticSaturation' | 'tanhSaturation';

/** What a curve's value counts: `'revenue'` (money, in the currency's major unit) or `'conversions'` (a count). */
export type CurveOutcome = 'revenue' | 'conversions';

/** Hill parameters: β (the ceiling), α (the shape: > 1 is S-shaped), γ (the half-saturation spend, money per period). */
export interface HillParams {
  /** β: the ceiling, the outcome an infinite spend would bring. */
  beta: number;
  /** α: the shape; above 1 the curve is S-shaped. */
  alpha: number;
  /** γ: the spend (money per period) that reaches half the ceiling. */
  gamma: number;
}
/** Michaelis–Menten parameters: β (the ceiling) and κ (the half-saturation spend). */
export interface MichaelisMentenParams {
  /** β: the ceiling. */
  beta: number;
  /** κ: the spend (money per period) that reaches half the ceiling. */
  kappa: number;
}
/** Logistic-saturation parameters: β (the ceiling) and λ (the steepness, per unit of money). */
export interface LogisticSaturationParams {
  /** β: the ceiling. */
  beta: number;
  /** λ: the steepness, per unit of money. */
  lambda: number;
}
/** Tanh-saturation parameters: β (the ceiling) and c (the cost per unit of outcome at the start). */
export interface TanhSaturationParams {
  /** β: the ceiling. */
  beta: number;
  /** c: the cost of one unit of outcome at the start of the curve. */
  c: number;
}

/** The parameters of each curve kind. */
export interface CurveParams {
  /** Hill's parameters. */
  hill: HillParams;
  /** Michaelis–Menten's parameters. */
  michaelisMenten: MichaelisMentenParams;
  /** Logistic saturation's parameters. */
  logisticSaturation: LogisticSaturationParams;
  /** Tanh saturation's parameters. */
  tanhSaturation: TanhSaturationParams;
}

/**
 * A response curve: data (`kind`, `params`, `outcome`, and optionally a
 * `low` / `high` pair of params that bracket it) and behaviour: `value(x)`,
 * the outcome of one period's spend `x` (major units of the currency, a
 * number ≥ 0), and `marginal(x)`, its derivative (`null` where it is
 * infinite: Hill with α < 1 at 0). Both return 0 below 0 spend.
 */
export interface ResponseCurve<K extends CurveKind = CurveKind> {
  /** The curve family. */
  readonly kind: K;
  /** Its parameters (plain numbers, JSON-safe). */
  readonly params: Readonly<CurveParams[K]>;
  /** What its value counts. */
  readonly outcome: CurveOutcome;
  /** Parameters of a low scenario, for forecast ranges. */
  readonly low?: Readonly<CurveParams[K]>;
  /** Parameters of a high scenario, for forecast ranges. */
  readonly high?: Readonly<CurveParams[K]>;
  value(x: number): number;
  marginal(x: number): number | null;
}

const positive = z.number().positive().max(1e15);
const HillParamsSchema = z.object({ beta: positive, alpha: z.number().positive().max(20), gamma: positive }).strict();
const MMParamsSchema = z.object({ beta: positive, kappa: positive }).strict();
const LogisticParamsSchema = z.object({ beta: positive, lambda: positive }).strict();
const TanhParamsSchema = z.object({ beta: positive, c: positive }).strict();
const Outcome = z.enum(['revenue', 'conversions']).default('revenue');

/**
 * A response curve as data: `{ kind, params, outcome, low?, high? }`, the
 * form a fitted curve is stored in (JSON round trip). `outcome` defaults
 * to `'revenue'`. Parameter ranges: every parameter > 0 and ≤ 1e15, Hill's α ≤ 20.
 *
 * @example
 * ResponseCurveSchema.parse({ kind: 'michaelisMenten', params: { beta: 1000, kappa: 200 } }).outcome; // 'revenue'
 */
export const ResponseCurveSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hill'), params: HillParamsSchema, outcome: Outcome, low: HillParamsSchema.optional(), high: HillParamsSchema.optional() }).strict(),
  z.object({ kind: z.literal('michaelisMenten'), params: MMParamsSchema, outcome: Outcome, low: MMParamsSchema.optional(), high: MMParamsSchema.optional() }).strict(),
  z.object({ kind: z.literal('logisticSaturation'), params: LogisticParamsSchema, outcome: Outcome, low: LogisticParamsSchema.optional(), high: LogisticParamsSchema.optional() }).strict(),
  z.object({ kind: z.literal('tanhSaturation'), params: TanhParamsSchema, outcome: Outcome, low: TanhParamsSchema.optional(), high: TanhParamsSchema.optional() }).strict(),
]);

/** A response curve as data (see {@link ResponseCurveSchema}). */
export type ResponseCurveData = z.output<typeof ResponseCurveSchema>;
/** A response curve's data as accepted on input. */
export type ResponseCurveInput = z.input<typeof ResponseCurveSchema>;

/**
 * Parses a curve's data and returns the curve (value and marginal included).
 * Accepts a {@link ResponseCurve} too (its data is read again).
 *
 * @param value - `{ kind, params, outcome?, low?, high? }`
 * @returns the curve
 * @throws {ValidationError} when the data does not fit {@link ResponseCurveSchema}
 * @example
 * parseResponseCurve({ kind: 'hill', params: { beta: 100, alpha: 2, gamma: 50 } }).value(50); // 50
 * parseResponseCurve({ kind: 'hill', params: { beta: -1, alpha: 2, gamma: 50 } }); // throws ValidationError
 */
export function parseResponseCurve(value: unknown): ResponseCurve {
  const source = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  const data =
    source !== null && typeof source.value === 'function'
      ? { kind: source.kind, params: source.params, outcome: source.outcome, ...(source.low === undefined ? {} : { low: source.low }), ...(source.high === undefined ? {} : { high: source.high }) }
      : value;
  const d = parseWithSchema(ResponseCurveSchema, data, { name: 'curve' });
  return build(d);
}

function build(d: ResponseCurveData): ResponseCurve {
  const extra = { ...(d.low === undefined ? {} : { low: Object.freeze({ ...d.low }) }), ...(d.high === undefined ? {} : { high: Object.freeze({ ...d.high }) }) };
  switch (d.kind) {
    case 'hill': {
      const { beta, alpha, gamma } = d.params;
      return Object.freeze({ kind: 'hill', params: Object.freeze({ beta, alpha, gamma }), outcome: d.outcome, ...extra, value: (x: number) => hillValue(beta, alpha, gamma, x), marginal: (x: number) => finiteOrNull(hillMarginal(beta, alpha, gamma, x)) });
    }
    case 'michaelisMenten': {
      const { beta, kappa } = d.params;
      return Object.freeze({ kind: 'michaelisMenten', params: Object.freeze({ beta, kappa }), outcome: d.outcome, ...extra, value: (x: number) => (x > 0 ? (beta * x) / (kappa + x) : 0), marginal: (x: number) => (beta * kappa) / (kappa + Math.max(0, x)) ** 2 });
    }
    case 'logisticSaturation': {
      const { beta, lambda } = d.params;
      return Object.freeze({ kind: 'logisticSaturation', params: Object.freeze({ beta, lambda }), outcome: d.outcome, ...extra, value: (x: number) => (x > 0 ? beta * Math.tanh((lambda * x) / 2) : 0), marginal: (x: number) => ((beta * lambda) / 2) * sech2((lambda * Math.max(0, x)) / 2) });
    }
    case 'tanhSaturation': {
      const { beta, c } = d.params;
      return Object.freeze({ kind: 'tanhSaturation', params: Object.freeze({ beta, c }), outcome: d.outcome, ...extra, value: (x: number) => (x > 0 ? beta * Math.tanh(x / (beta * c)) : 0), marginal: (x: number) => sech2(Math.max(0, x) / (beta * c)) / c });
    }
  }
}

function finiteOrNull(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}

function sech2(u: number): number {
  if (u > 350) return 0;
  const c = Math.cosh(u);
  return 1 / (c * c);
}

/**
 * Hill value β·r/(1+r), r = (x/γ)^α, stable for large r.
 *
 * @param beta - β
 * @param alpha - α
 * @param gamma - γ
 * @param x - the spend
 * @returns the value (0 at or below 0)
 * @internal
 */
export function hillValue(beta: number, alpha: number, gamma: number, x: number): number {
  if (!(x > 0)) return 0;
  const r = (x / gamma) ** alpha;
  if (!Number.isFinite(r)) return beta;
  return (beta * r) / (1 + r);
}

/**
 * Hill derivative β·α·r / (x·(1+r)²).
 *
 * @param beta - β
 * @param alpha - α
 * @param gamma - γ
 * @param x - the spend
 * @returns the derivative (Infinity at 0 when α < 1)
 * @internal
 */
export function hillMarginal(beta: number, alpha: number, gamma: number, x: number): number {
  if (!(x > 0)) return alpha < 1 ? Number.POSITIVE_INFINITY : alpha === 1 ? beta / gamma : 0;
  const r = (x / gamma) ** alpha;
  if (!Number.isFinite(r) || r > 1e300) return 0;
  return (beta * alpha * r) / (x * (1 + r) * (1 + r));
}

function factory<K extends CurveKind>(kind: K, name: string, keys: readonly string[], spec: unknown): ResponseCurve<K> {
  const s = objectArgument(spec, name);
  const params: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(s)) {
    if (keys.includes(key)) params[key] = s[key];
    else if (key === 'outcome' || key === 'low' || key === 'high') rest[key] = s[key];
    else throw invalid('unknownKey', `${name}.${key} is not a parameter of ${kind} (parameters: ${keys.join(', ')}, outcome, low, high)`, [name, key]);
  }
  return parseResponseCurve({ kind, params, ...rest }) as ResponseCurve<K>;
}

/**
 * The Hill curve: value(x) = β·x^α / (x^α + γ^α). γ is the spend (money per
 * period) at which half the ceiling β is reached, not Robyn's 0–1 gamma;
 * α > 1 makes it S-shaped (a threshold before returns), α ≤ 1 concave.
 *
 * @param params - `{ beta, alpha, gamma, outcome?, low?, high? }`
 * @returns the curve
 * @throws {ValidationError} `invalidType`, `unknownKey` or a parameter out of range
 * @example
 * hill({ beta: 1000, alpha: 2, gamma: 500 }).value(500); // 500
 * hill({ beta: 1000, alpha: 1, gamma: 500 }).marginal(0); // 2
 */
export function hill(params: HillParams & { outcome?: CurveOutcome; low?: HillParams; high?: HillParams }): ResponseCurve<'hill'> {
  return factory('hill', 'params', ['beta', 'alpha', 'gamma'], params);
}

/**
 * The Michaelis–Menten curve: value(x) = β·x / (κ + x), concave, half the
 * ceiling β at spend κ.
 *
 * @param params - `{ beta, kappa, outcome?, low?, high? }`
 * @returns the curve
 * @throws {ValidationError} `invalidType`, `unknownKey` or a parameter out of range
 * @example
 * michaelisMenten({ beta: 1000, kappa: 250 }).value(250); // 500
 * michaelisMenten({ beta: 1000, kappa: 250 }).marginal(0); // 4
 */
export function michaelisMenten(params: MichaelisMentenParams & { outcome?: CurveOutcome; low?: MichaelisMentenParams; high?: MichaelisMentenParams }): ResponseCurve<'michaelisMenten'> {
  return factory('michaelisMenten', 'params', ['beta', 'kappa'], params);
}

/**
 * The logistic saturation curve (PyMC-Marketing's `logistic_saturation`
 * scaled by β): value(x) = β·(1 − e^(−λx)) / (1 + e^(−λx)), concave.
 *
 * @param params - `{ beta, lambda, outcome?, low?, high? }`
 * @returns the curve
 * @throws {ValidationError} `invalidType`, `unknownKey` or a parameter out of range
 * @example
 * logisticSaturation({ beta: 100, lambda: 0.01 }).marginal(0); // 0.5
 */
export function logisticSaturation(params: LogisticSaturationParams & { outcome?: CurveOutcome; low?: LogisticSaturationParams; high?: LogisticSaturationParams }): ResponseCurve<'logisticSaturation'> {
  return factory('logisticSaturation', 'params', ['beta', 'lambda'], params);
}

/**
 * The tanh saturation curve (PyMC-Marketing's `tanh_saturation`):
 * value(x) = β·tanh(x / (β·c)); at the start each unit of outcome costs c.
 *
 * @param params - `{ beta, c, outcome?, low?, high? }`
 * @returns the curve
 * @throws {ValidationError} `invalidType`, `unknownKey` or a parameter out of range
 * @example
 * tanhSaturation({ beta: 100, c: 2 }).marginal(0); // 0.5
 */
export function tanhSaturation(params: TanhSaturationParams & { outcome?: CurveOutcome; low?: TanhSaturationParams; high?: TanhSaturationParams }): ResponseCurve<'tanhSaturation'> {
  return factory('tanhSaturation', 'params', ['beta', 'c'], params);
}

/**
 * A curve's data, for storage: `{ kind, params, outcome, low?, high? }` (JSON-safe).
 *
 * @param curve - a response curve
 * @returns its data
 * @throws {ValidationError} when it is not a response curve
 * @example
 * JSON.stringify(curveData(michaelisMenten({ beta: 10, kappa: 2 }))); // '{"kind":"michaelisMenten","params":{"beta":10,"kappa":2},"outcome":"revenue"}'
 */
export function curveData(curve: ResponseCurve | ResponseCurveInput): ResponseCurveData {
  const c = parseResponseCurve(curve);
  return { kind: c.kind, params: { ...c.params }, outcome: c.outcome, ...(c.low === undefined ? {} : { low: { ...c.low } }), ...(c.high === undefined ? {} : { high: { ...c.high } }) } as ResponseCurveData;
}

