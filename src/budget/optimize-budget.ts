import { Decimal, InfeasibleError, minorUnit, money, ValidationError, type MoneyInput, type ValidationIssue } from '../core/index.js';
import { arrayArgument, describeValue, finiteNumber, invalid, objectArgument, readOptions } from '../core/internal.js';
import { parseResponseCurve, type CurveOutcome, type ResponseCurve, type ResponseCurveInput } from './response-curve.js';
import { inflectionOf, solve, type SolverChannel, type SolverResult } from './solver.js';

/** A channel of {@link optimizeBudget}: its id, response curve and spend bounds (money per period). */
export interface BudgetChannel {
  /** The channel's id, unique: the key of every record in the result. */
  id: string;
  /** A {@link ResponseCurve}, or its data `{ kind, params, outcome }`. */
  curve: ResponseCurve | ResponseCurveInput;
  /** The least spend (default 0); rounded up to the minor unit. */
  min?: MoneyInput;
  /** The greatest spend (default: the total); rounded down to the minor unit. `min === max` holds the channel fixed. */
  max?: MoneyInput;
}

/**
 * What {@link optimizeBudget} optimizes: the largest response for the whole
 * total (`'maxResponse'`), or a target: `{ targetRoas }` / `{ targetCpa }`
 * (the largest spend whose average ROAS or CPA meets it), `{ targetMarginalRoas }`
 * (spend until the last unit of money returns that much), `{ targetResponse }`
 * (the smallest budget that reaches the response).
 */
export type BudgetObjective = 'maxResponse' | { targetRoas: number } | { targetCpa: number } | { targetMarginalRoas: number } | { targetResponse: number };

/** The input of {@link optimizeBudget}. */
export interface OptimizeBudgetInput {
  /** One period's budget (money), a whole number of minor units. */
  total: MoneyInput;
  /** The ISO 4217 code of the total and bounds. */
  currency: string;
  /** The channels to split the total between (1 to 1,000). */
  channels: readonly BudgetChannel[];
  /** Default `'maxResponse'`. */
  objective?: BudgetObjective;
  /** The branch-and-bound's node budget (default 100,000 up to 12 S-shaped channels, else 40,000 ÷ the number of channels, at least 20); `gap` says how far from proven the result is when it stops there. */
  maxNodes?: number;
  /** Extra or corrected minor units by currency code. */
  minorUnits?: Readonly<Record<string, number>>;
}

/** The result of {@link optimizeBudget}. */
export interface BudgetOptimization {
  /** Each channel's spend in the currency's minor unit, summing exactly to `spent`. */
  allocation: Record<string, Decimal>;
  /** The optimum before rounding (major units), on which the optimality conditions hold. */
  continuous: Record<string, number>;
  /** What is spent: the total for `'maxResponse'`, rounded down for ROAS, CPA and marginal-ROAS targets, up for a response target. */
  spent: Decimal;
  /** `total − spent`. */
  unspent: Decimal;
  /** The response of `allocation`, in the curves' outcome (revenue in major units, or conversions). */
  response: number;
  /** The outcome the curves share. */
  outcome: CurveOutcome;
  /** Each channel's marginal return at its continuous spend; `null` where the derivative is infinite. */
  marginalReturns: Record<string, number | null>;
  /** Which bound holds a channel (`'min'`, `'max'`), or `null` when it is interior. */
  binding: Record<string, 'min' | 'max' | null>;
  /** Branch-and-bound nodes explored (summed over the searches of a target). */
  iterations: number;
  /** `(upper − value) / upper`: 0 when the optimum is proven global. */
  gap: number;
}

const KEYS = ['total', 'currency', 'channels', 'objective', 'maxNodes', 'minorUnits'] as const;

interface Problem {
  ids: string[];
  channels: SolverChannel[];
  outcome: CurveOutcome;
  digits: number;
  total: Decimal;
  lo: bigint[];
  hi: bigint[];
  maxNodes: number;
}

function read(input: OptimizeBudgetInput): { p: Problem; objective: BudgetObjective } {
  const o = readOptions(objectArgument(input, 'input'), 'input', KEYS);
  if (o.currency === undefined) throw invalid('required', "input.currency is required: the ISO 4217 code of the total, e.g. 'EUR'", ['input', 'currency']);
  if (typeof o.currency !== 'string') throw invalid('invalidCurrency', `input.currency must be an ISO 4217 code, got ${describeValue(o.currency)}`, ['input', 'currency']);
  const digits = minorUnit(o.currency, { minorUnits: o.minorUnits as Readonly<Record<string, number>> | undefined });
  if (o.total === undefined) throw invalid('required', 'input.total is required: one period\'s budget', ['input', 'total']);
  const total = money(o.total as MoneyInput, { path: ['input', 'total'], nonNegative: true });
  const scale = new Decimal(10).pow(digits);
  if (!total.times(scale).isInteger()) throw invalid('tooPrecise', `input.total ${total.toString()} has more decimals than ${o.currency} allows (${digits}): round it first (roundMoney)`, ['input', 'total']);
  if (total.gt(1e15)) throw invalid('outOfRange', `input.total must be at most 1e15 (a period's media budget), got ${total.toString()}`, ['input', 'total']);
  const list = arrayArgument(o.channels, ['input', 'channels']);
  if (list.length === 0) throw invalid('empty', 'input.channels must list at least one channel', ['input', 'channels']);
  if (list.length > 1000) throw invalid('tooMany', `input.channels has ${list.length} channels, more than 1000`, ['input', 'channels']);
  const issues: ValidationIssue[] = [];
  const ids: string[] = [];
  const channels: SolverChannel[] = [];
  const lo: bigint[] = [];
  const hi: bigint[] = [];
  const totalUnits = BigInt(total.times(scale).toFixed(0));
  const collect = (fn: () => void): void => {
    try {
      fn();
    } catch (error) {
      if (error instanceof ValidationError) issues.push(...error.issues.map((i) => ({ ...i })));
      else throw error;
    }
  };
  Array.from(list).forEach((raw, i) => {
    collect(() => {
      const c = readOptions(objectArgument(raw, ['input', 'channels', i]), ['input', 'channels', i], ['id', 'curve', 'min', 'max']);
      if (typeof c.id !== 'string' || c.id.length === 0 || c.id.length > 200) throw invalid('invalidId', `input.channels[${i}].id must be a non-empty string of at most 200 characters, got ${describeValue(c.id)}`, ['input', 'channels', i, 'id']);
      if (ids.includes(c.id)) throw invalid('duplicateId', `input.channels[${i}].id '${c.id}' appears twice`, ['input', 'channels', i, 'id']);
      let curve: ResponseCurve;
      try {
        curve = parseResponseCurve(c.curve);
      } catch (error) {
        if (error instanceof ValidationError) throw new ValidationError(error.issues.map((x) => ({ ...x, path: ['input', 'channels', i, 'curve', ...x.path.slice(1)] })));
        throw error;
      }
      const min = c.min === undefined ? 0n : BigInt(money(c.min as MoneyInput, { path: ['input', 'channels', i, 'min'], nonNegative: true }).times(scale).ceil().toFixed(0));
      const max = c.max === undefined ? totalUnits : BigInt(money(c.max as MoneyInput, { path: ['input', 'channels', i, 'max'], nonNegative: true }).times(scale).floor().toFixed(0));
      if (min > max) {
        throw new InfeasibleError(`Channel ${c.id} has a min above its max after rounding to the minor unit: lower the min or raise the max.`, { path: ['input', 'channels', i, 'min'], details: { reason: 'minAboveMax', channel: c.id } });
      }
      ids.push(c.id);
      lo.push(min);
      hi.push(max);
      channels.push({ curve, lo: Number(min) / 10 ** digits, hi: Number(max) / 10 ** digits, inflection: inflectionOf(curve) });
    });
  });
  if (issues.length > 0) throw new ValidationError(issues.slice(0, 100));
  const outcomes = new Set(channels.map((c) => c.curve.outcome));
  if (outcomes.size > 1) throw invalid('outcomeMismatch', 'The channels\' curves mix revenue and conversions: one optimization adds up one outcome. Give every curve the same outcome.', ['input', 'channels']);
  const outcome = (channels[0] as SolverChannel).curve.outcome;
  const objective = readObjective(o.objective, outcome);
  const binaries = channels.filter((c) => c.inflection > c.lo && c.inflection < c.hi).length;
  const maxNodes = o.maxNodes === undefined ? (binaries <= 12 ? 100_000 : Math.max(20, Math.floor(40_000 / channels.length))) : finiteNumber(o.maxNodes, ['input', 'maxNodes'], { min: 1, max: 1e7 });
  if (!Number.isInteger(maxNodes)) throw invalid('notInteger', `input.maxNodes must be a whole number, got ${maxNodes}`, ['input', 'maxNodes']);
  return { p: { ids, channels, outcome, digits, total, lo, hi, maxNodes }, objective };
}

function readObjective(value: unknown, outcome: CurveOutcome): BudgetObjective {
  if (value === undefined || value === 'maxResponse') return 'maxResponse';
  const names = ['targetRoas', 'targetCpa', 'targetMarginalRoas', 'targetResponse'] as const;
  const o = readOptions(value, ['input', 'objective'], names);
  const keys = names.filter((k) => o[k] !== undefined);
  if (keys.length !== 1) throw invalid('invalidOption', `input.objective must be 'maxResponse' or an object with exactly one of ${names.join(', ')}, got ${describeValue(value)}`, ['input', 'objective']);
  const key = keys[0] as (typeof names)[number];
  const target = finiteNumber(o[key], ['input', 'objective', key], { min: 0, max: 1e15 });
  if (!(target > 0)) throw invalid('outOfRange', `input.objective.${key} must be above 0, got ${target}`, ['input', 'objective', key]);
  if ((key === 'targetRoas' || key === 'targetMarginalRoas') && outcome !== 'revenue') {
    throw invalid('outcomeMismatch', `input.objective.${key} is a return on ad spend: it needs revenue curves, and these count conversions (use targetCpa).`, ['input', 'objective', key]);
  }
  if (key === 'targetCpa' && outcome !== 'conversions') {
    throw invalid('outcomeMismatch', 'input.objective.targetCpa is a cost per conversion: it needs conversion curves, and these count revenue (use targetRoas).', ['input', 'objective', 'targetCpa']);
  }
  return { [key]: target } as BudgetObjective;
}

/**
 * Splits one period's media budget between channels to maximize the
 * response of their curves, or meets a target, exactly to the minor unit.
 *
 * Method: for concave curves (Michaelis–Menten, logistic, tanh, Hill with
 * α ≤ 1) the KKT conditions are solved directly: interior channels end with
 * equal marginal returns λ, found by bisection on λ. S-shaped Hill curves
 * (α > 1) make the problem NP-hard in general (Udell and Boyd): a
 * branch and bound decides which of them sit on the concave part of their
 * curve, bounded by concave envelopes; at most one active channel can sit
 * on the convex part at a local optimum under one budget constraint, so
 * each leaf has few KKT candidates. It ends with `gap` 0, the proven
 * global optimum, unless `maxNodes` stops it first. Targets search the
 * budget: `targetRoas` / `targetCpa` the largest spend whose average ROAS
 * (response ÷ spend) or CPA (spend ÷ conversions) meets the target;
 * `targetMarginalRoas` the largest spend whose last unit returns at least
 * the target; `targetResponse` the smallest spend that reaches it. The
 * allocation rounds the continuous optimum to the minor unit by largest
 * remainder within the bounds (min rounded up, max down).
 *
 * @param input - `{ total, currency, channels: [{ id, curve, min?, max? }], objective?, maxNodes? }`
 * @returns the allocation, the continuous optimum, spent and unspent, response, marginal returns, binding bounds, iterations and gap
 * @throws {ValidationError} for malformed input; `outcomeMismatch` when curves mix outcomes or a target does not fit them
 * @throws {InfeasibleError} when the bounds cannot hold the total (the message says which), or a response target is unreachable (`details.reason: 'targetUnreachable'`)
 * @example
 * const r = optimizeBudget({ total: 1000, currency: 'EUR', channels: [
 *   { id: 'meta', curve: { kind: 'michaelisMenten', params: { beta: 4000, kappa: 400 } } },
 *   { id: 'tiktok', curve: { kind: 'michaelisMenten', params: { beta: 1000, kappa: 100 } } },
 * ] });
 * r.allocation.meta.toString(); // '800'
 * r.allocation.tiktok.toString(); // '200'
 * optimizeBudget({ total: 100, currency: 'EUR', channels: [{ id: 'a', curve: { kind: 'hill', params: { beta: 10, alpha: 2, gamma: 50 } }, min: 200 }] }); // throws InfeasibleError
 */
export function optimizeBudget(input: OptimizeBudgetInput): BudgetOptimization {
  const { p, objective } = read(input);
  const unitsOf = (d: Decimal): bigint => BigInt(d.times(new Decimal(10).pow(p.digits)).toFixed(0));
  const totalUnits = unitsOf(p.total);
  const sumLo = p.lo.reduce((a, b) => a + b, 0n);
  const sumHi = p.hi.reduce((a, b) => a + b, 0n);
  const fmt = (u: bigint): string => new Decimal(u.toString()).div(new Decimal(10).pow(p.digits)).toString();
  if (sumLo > totalUnits) {
    throw new InfeasibleError(`The channels' minimums sum to ${fmt(sumLo)}, above the total ${p.total.toString()}: lower a min or raise the total.`, { path: ['input', 'channels'], details: { reason: 'minimumsExceedTotal', sumMin: fmt(sumLo), total: p.total.toString() } });
  }
  if (objective === 'maxResponse' && sumHi < totalUnits) {
    throw new InfeasibleError(`The channels' maximums sum to ${fmt(sumHi)}, below the total ${p.total.toString()}: raise a max or lower the total (or use a target objective, which may leave money unspent).`, { path: ['input', 'channels'], details: { reason: 'maximumsBelowTotal', sumMax: fmt(sumHi), total: p.total.toString() } });
  }
  const unit = 10 ** -p.digits;
  const cap = sumHi < totalUnits ? sumHi : totalUnits;
  let iterations = 0;
  const run = (budgetUnits: bigint): SolverResult => {
    const r = solve(p.channels, Number(budgetUnits) * unit, p.maxNodes);
    iterations += r.nodes;
    return r;
  };
  const runAt = (budget: number): SolverResult => {
    const r = solve(p.channels, budget, p.maxNodes);
    iterations += r.nodes;
    return r;
  };
  let spentUnits: bigint;
  if (objective === 'maxResponse') spentUnits = totalUnits;
  else if ('targetResponse' in objective) {
    const target = objective.targetResponse;
    const top = run(cap);
    if (top.value < target) {
      throw new InfeasibleError(`The response target ${target} is out of reach: the best response within the total and the bounds is ${top.value}. Lower the target or raise the budget.`, { path: ['input', 'objective', 'targetResponse'], details: { reason: 'targetUnreachable', target, best: top.value } });
    }
    let a = Number(sumLo) * unit;
    let b = Number(cap) * unit;
    if (runAt(a).value >= target) b = a;
    for (let i = 0; i < 60 && b - a > unit / 4; i += 1) {
      const mid = (a + b) / 2;
      if (runAt(mid).value >= target) b = mid;
      else a = mid;
    }
    spentUnits = BigInt(Math.ceil(b / unit - 1e-9));
    for (let k = 0; k < 3 && spentUnits > sumLo && runAt(Number(spentUnits - 1n) * unit).value >= target; k += 1) spentUnits -= 1n;
    if (spentUnits < sumLo) spentUnits = sumLo;
    if (spentUnits > cap) spentUnits = cap;
    // Rounding to the minor unit may cost a little response: add units until the rounded allocation reaches the target.
    for (let k = 0; k < 20 && spentUnits < cap && response(p, allocate(p, run(spentUnits).x, spentUnits)) < target; k += 1) spentUnits += 1n;
  } else {
    const key = 'targetRoas' in objective ? 'roas' : 'targetCpa' in objective ? 'cpa' : 'marginal';
    const value = 'targetRoas' in objective ? objective.targetRoas : 'targetCpa' in objective ? 1 / objective.targetCpa : objective.targetMarginalRoas;
    // meets(s): the average (or marginal) return of the optimal split of s reaches the target.
    const meets = (s: number): boolean => {
      if (s <= 0) return false;
      const r = runAt(s);
      return key === 'marginal' ? r.lambda >= value : r.value >= value * s;
    };
    const lowest = Math.max(Number(sumLo) * unit, unit);
    const highest = Number(cap) * unit;
    let s: number;
    if (meets(highest)) s = highest;
    else {
      // The largest spend that meets the target: scan down a grid, then bisect the crossing.
      const steps = 48;
      let found = -1;
      let prev = highest;
      for (let k = 1; k <= steps; k += 1) {
        const x = highest - ((highest - lowest) * k) / steps;
        if (meets(x)) {
          found = x;
          break;
        }
        prev = x;
      }
      if (found < 0) {
        const what = key === 'roas' ? `ROAS ${value}` : key === 'cpa' ? `CPA ${1 / value}` : `marginal ROAS ${value}`;
        throw new InfeasibleError(`No spend within the bounds meets the ${what}: even the first unit of money returns less. Lower the target.`, { path: ['input', 'objective'], details: { reason: 'targetUnreachable' } });
      }
      let a = found;
      let b = prev;
      for (let i = 0; i < 60 && b - a > unit / 4; i += 1) {
        const mid = (a + b) / 2;
        if (meets(mid)) a = mid;
        else b = mid;
      }
      s = a;
    }
    spentUnits = BigInt(Math.floor(s / unit + 1e-9));
    // The bisection ends within a fraction of a unit: the next whole unit may still meet the target.
    for (let k = 0; k < 3 && spentUnits < cap && meets(Number(spentUnits + 1n) * unit); k += 1) spentUnits += 1n;
    if (spentUnits < sumLo) spentUnits = sumLo;
  }
  const result = run(spentUnits);
  const allocationUnits = allocate(p, result.x, spentUnits);
  const scaleD = new Decimal(10).pow(-p.digits);
  const allocation: Record<string, Decimal> = {};
  const continuous: Record<string, number> = {};
  const marginalReturns: Record<string, number | null> = {};
  const binding: Record<string, 'min' | 'max' | null> = {};
  p.ids.forEach((id, i) => {
    const units = allocationUnits[i] as bigint;
    const d = new Decimal(units.toString()).times(scaleD);
    allocation[id] = d.isZero() ? new Decimal(0) : d;
    const c = p.channels[i] as SolverChannel;
    const x = result.x[i] as number;
    continuous[id] = x;
    const m = c.curve.marginal(x);
    marginalReturns[id] = m;
    const tol = Math.max(1e-12, 1e-12 * Math.abs(c.hi));
    binding[id] = x <= c.lo + tol ? 'min' : x >= c.hi - tol ? 'max' : null;
  });
  const spent = new Decimal(spentUnits.toString()).times(scaleD);
  return {
    allocation,
    continuous,
    spent: spent.isZero() ? new Decimal(0) : spent,
    unspent: p.total.minus(spent).isZero() ? new Decimal(0) : p.total.minus(spent),
    response: response(p, allocationUnits),
    outcome: p.outcome,
    marginalReturns,
    binding,
    iterations,
    gap: result.gap,
  };
}

function response(p: Problem, units: readonly bigint[]): number {
  const unit = 10 ** -p.digits;
  return units.reduce((s, u, i) => s + (p.channels[i] as SolverChannel).curve.value(Number(u) * unit), 0);
}

// Rounds a continuous split to minor units summing exactly to `spent`, each within its bounds: floors, then largest remainders.
function allocate(p: Problem, x: readonly number[], spent: bigint): bigint[] {
  const scale = 10 ** p.digits;
  const n = x.length;
  const values = x.map((v, i) => {
    const u = v * scale;
    const lo = Number(p.lo[i]);
    const hi = Number(p.hi[i]);
    return u < lo ? lo : u > hi ? hi : u;
  });
  const floors = values.map((v, i) => {
    const f = BigInt(Math.floor(v));
    const lo = p.lo[i] as bigint;
    return f < lo ? lo : f;
  });
  const rests = values.map((v) => v - Math.floor(v));
  let left = spent - floors.reduce((a, b) => a + b, 0n);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => ((rests[b] as number) - (rests[a] as number)) || a - b);
  for (let pass = 0; left > 0n && pass < 1_000_000; pass += 1) {
    let moved = false;
    for (const i of order) {
      if (left <= 0n) break;
      if ((floors[i] as bigint) < (p.hi[i] as bigint)) {
        floors[i] = (floors[i] as bigint) + 1n;
        left -= 1n;
        moved = true;
      }
    }
    if (!moved) break;
  }
  for (let pass = 0; left < 0n && pass < 1_000_000; pass += 1) {
    let moved = false;
    for (const i of [...order].reverse()) {
      if (left >= 0n) break;
      if ((floors[i] as bigint) > (p.lo[i] as bigint)) {
        floors[i] = (floors[i] as bigint) - 1n;
        left += 1n;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return floors;
}
