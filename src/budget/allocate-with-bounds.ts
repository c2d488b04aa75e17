import { allocateMoney, Decimal, InfeasibleError, minorUnit, money, type MoneyInput } from '../core/index.js';
import { describeValue, finiteNumber, invalid, readOptions, unknownKeyIssue } from '../core/internal.js';
import { ValidationError, type ValidationIssue } from '../core/index.js';

/** Options for {@link allocateWithBounds}: the currency, and optional bounds in the shape of the weights. */
export interface AllocateWithBoundsOptions<W extends readonly number[] | Readonly<Record<string, number>>> {
  /** The ISO 4217 code of the total. */
  currency: string;
  /** Each line's least amount (money), in the weights' shape; a missing line or key is 0. Rounded up to the minor unit. */
  min?: W extends readonly number[] ? readonly (MoneyInput | undefined)[] : Readonly<Record<string, MoneyInput | undefined>>;
  /** Each line's greatest amount (money), in the weights' shape; a missing line or key has no cap. Rounded down to the minor unit. */
  max?: W extends readonly number[] ? readonly (MoneyInput | undefined)[] : Readonly<Record<string, MoneyInput | undefined>>;
  /** Extra or corrected minor units by currency code, as core's currency helpers take them. */
  minorUnits?: Readonly<Record<string, number>>;
}

/** The result of {@link allocateWithBounds}: an array for array weights, a record with the same keys for record weights. */
export type BoundedAllocation<W> = W extends readonly number[] ? Decimal[] : { [K in keyof W]: Decimal };

/** A rational number `num / den` with `den > 0`, in BigInt. */
interface Rational {
  num: bigint;
  den: bigint;
}

const lessThan = (a: Rational, b: Rational): boolean => a.num * b.den < b.num * a.den;

/**
 * Splits a total by weights within per-line bounds, exactly to the minor
 * unit. Rule: each line gets `clamp(λ·wᵢ, minᵢ, maxᵢ)` for the one `λ`
 * that makes the lines sum to the total (the fixed point of "clamp the
 * lines that leave their bounds, hand what is left to the others by weight,
 * repeat until stable"), computed in exact rational arithmetic; the lines
 * the bounds hold get their bound, and what is left is split among the free
 * lines by their weights with core's `allocateMoney` (largest remainder at
 * the minor unit, ties to the earlier line).
 * A `min` rounds up and a `max` down to the minor unit first, and no line
 * leaves its bounds after rounding. Lines of weight 0 get their `min`,
 * unless the weighted lines all sit at their `max`: then what is left is
 * split equally among the weight-0 lines (within their bounds).
 *
 * @param total - the amount to split, a whole number of minor units, ≥ 0
 * @param weights - one weight ≥ 0 per line: an array, or a record by line id
 * @param options - `currency`, and `min` / `max` in the shape of `weights`
 * @returns the amounts, in the shape of `weights`, summing exactly to `total`
 * @throws {ValidationError} for a malformed total, weight or bound (`unknownKey` for a bound key that is not a line)
 * @throws {InfeasibleError} when Σmin > total, Σmax < total or a line's min exceeds its max (the message says which)
 * @example
 * allocateWithBounds('100', [1, 1, 1], { currency: 'EUR', max: [20] }).map(String); // ['20', '40', '40']
 * const split = allocateWithBounds('1000', { meta: 3, tiktok: 1 }, { currency: 'EUR', min: { tiktok: '300' } });
 * split.meta.toString(); // '700'
 * allocateWithBounds('100', [1, 1], { currency: 'EUR', min: ['80', '30'] }); // throws InfeasibleError
 */
export function allocateWithBounds<W extends readonly number[] | Readonly<Record<string, number>>>(
  total: MoneyInput,
  weights: W,
  options: AllocateWithBoundsOptions<W>,
): BoundedAllocation<W> {
  const o = readOptions(options, 'options', ['currency', 'min', 'max', 'minorUnits']);
  if (o.currency === undefined) throw invalid('required', "options.currency is required: the ISO 4217 code of the total, e.g. { currency: 'EUR' }", ['options', 'currency']);
  if (typeof o.currency !== 'string') throw invalid('invalidCurrency', `options.currency must be an ISO 4217 code, got ${describeValue(o.currency)}`, ['options', 'currency']);
  const digits = minorUnit(o.currency, { minorUnits: o.minorUnits as Readonly<Record<string, number>> | undefined });
  const amount = money(total, { path: 'total', nonNegative: true });
  const unit = new Decimal(10).pow(-digits);
  const units = amount.div(unit);
  if (!units.isInteger()) throw invalid('tooPrecise', `total ${amount.toString()} has more decimals than ${o.currency} allows (${digits}): round it first (roundMoney)`, 'total');
  const isArray = Array.isArray(weights);
  if (!isArray && (typeof weights !== 'object' || (weights as unknown) === null)) {
    throw invalid('invalidType', `weights must be an array of numbers or a record of numbers by line id, got ${describeValue(weights)}`, 'weights');
  }
  const keys: string[] = isArray ? Array.from({ length: (weights as readonly number[]).length }, (_, i) => String(i)) : Object.keys(weights);
  const w: number[] = keys.map((k, i) => finiteNumber((weights as Record<string, unknown>)[k], ['weights', isArray ? i : k], { min: 0 }));
  if (keys.length === 0) throw new InfeasibleError('Cannot split money between no lines: give at least one weight.', { path: 'weights' });
  const issues: ValidationIssue[] = [];
  const readBounds = (name: 'min' | 'max'): (bigint | null)[] => {
    const raw: unknown = o[name];
    const out: (bigint | null)[] = keys.map(() => null);
    if (raw === undefined) return out;
    if (isArray ? !Array.isArray(raw) : typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw invalid('invalidType', `options.${name} must have the shape of the weights (${isArray ? 'an array' : 'a record by line id'}), got ${describeValue(raw)}`, ['options', name]);
    }
    const rec = raw as Record<string, unknown>;
    if (isArray && (raw as unknown[]).length > keys.length) {
      issues.push({ code: 'tooMany', message: `options.${name} has ${(raw as unknown[]).length} bounds for ${keys.length} lines`, path: ['options', name] });
    }
    if (!isArray) for (const k of Object.keys(rec)) if (!keys.includes(k)) issues.push(unknownKeyIssue(k, ['options', name, k], keys, 'a field'));
    keys.forEach((k, i) => {
      const v = rec[k];
      if (v === undefined) return;
      try {
        const m = money(v as MoneyInput, { path: ['options', name, isArray ? i : k], nonNegative: true }).div(unit);
        out[i] = BigInt((name === 'min' ? m.ceil() : m.floor()).toFixed(0));
      } catch (error) {
        if (error instanceof ValidationError) issues.push(...error.issues);
        else throw error;
      }
    });
    return out;
  };
  const minB = readBounds('min');
  const maxB = readBounds('max');
  if (issues.length > 0) throw new ValidationError(issues.slice(0, 100));
  const lo = minB.map((x) => x ?? 0n);
  const hi = maxB;
  const T = BigInt(units.toFixed(0));
  const fmt = (u: bigint): string => new Decimal(u.toString()).times(unit).toString();
  keys.forEach((k, i) => {
    const h = hi[i];
    if (h !== undefined && h !== null && (lo[i] as bigint) > h) {
      throw new InfeasibleError(`Line ${k} has a min (${fmt(lo[i] as bigint)} ${o.currency}) above its max (${fmt(h)} ${o.currency}) after rounding to the minor unit.`, { path: ['options', 'min', isArray ? i : k], details: { reason: 'minAboveMax', line: k } });
    }
  });
  const sumLo = lo.reduce((a, b) => a + b, 0n);
  if (sumLo > T) {
    throw new InfeasibleError(`The minimums sum to ${fmt(sumLo)} ${o.currency}, above the total ${amount.toString()}: lower a min or raise the total.`, { path: ['options', 'min'], details: { reason: 'minimumsExceedTotal', sumMin: fmt(sumLo), total: amount.toString() } });
  }
  if (hi.every((h) => h !== null)) {
    const sumHi = hi.reduce<bigint>((a, b) => a + (b ?? 0n), 0n);
    if (sumHi < T) {
      throw new InfeasibleError(`The maximums sum to ${fmt(sumHi)} ${o.currency}, below the total ${amount.toString()}: raise a max or lower the total.`, { path: ['options', 'max'], details: { reason: 'maximumsBelowTotal', sumMax: fmt(sumHi), total: amount.toString() } });
    }
  }
  // Weights as integers (exact), as allocateMoney scales them.
  const decimals = w.map((x) => new Decimal(x));
  const scale = decimals.reduce((m, d) => Math.max(m, d.decimalPlaces()), 0);
  const factor = new Decimal(10).pow(scale);
  const iw = decimals.map((d) => BigInt(d.times(factor).toFixed(0)));
  // The clamped lines sit on their bounds; the free ones share what is left by their weights, and
  // that share is core's allocateMoney (largest remainder, ties to the earlier line), unchanged.
  const { fixed, equal } = split(T, iw, lo, hi);
  const free = fixed.map((f, i) => (f === null ? i : -1)).filter((i) => i >= 0);
  const rest = T - fixed.reduce<bigint>((a, f) => a + (f ?? 0n), 0n);
  const shares =
    free.length === 0 || rest === 0n
      ? free.map(() => new Decimal(0))
      : allocateMoney(new Decimal(rest.toString()).times(unit), free.map((i) => (equal ? 1 : (w[i] as number))), { currency: o.currency, ...(o.minorUnits === undefined ? {} : { minorUnits: o.minorUnits as Readonly<Record<string, number>> }) });
  const result = fixed.map((f) => (f === null ? new Decimal(0) : new Decimal(f.toString()).times(unit)));
  free.forEach((i, k) => {
    result[i] = shares[k] ?? new Decimal(0);
  });
  result.forEach((d, i) => {
    if (d.isZero()) result[i] = new Decimal(0);
  });
  if (isArray) return result as BoundedAllocation<W>;
  const out: Record<string, Decimal> = {};
  keys.forEach((k, i) => {
    out[k] = result[i] as Decimal;
  });
  return out as BoundedAllocation<W>;
}

// The exact bounded split in minor units (integers), feasible bounds assumed: the lines the bounds hold, and
// whether the free lines share equally (weight-0 lines taking what the weighted lines at their max leave).
function split(T: bigint, w: readonly bigint[], lo: readonly bigint[], hi: readonly (bigint | null)[], equal = false): { fixed: (bigint | null)[]; equal: boolean } {
  const n = w.length;
  const clampAt = (lambda: Rational, i: number): Rational => {
    // clamp(λ·wᵢ, loᵢ, hiᵢ) as a rational over λ's denominator
    const v = lambda.num * (w[i] as bigint);
    const l = (lo[i] as bigint) * lambda.den;
    if (v <= l) return { num: l, den: lambda.den };
    const h = hi[i];
    if (h !== null && h !== undefined && v >= h * lambda.den) return { num: h * lambda.den, den: lambda.den };
    return { num: v, den: lambda.den };
  };
  const sumAt = (lambda: Rational): Rational => {
    let s = 0n;
    for (let i = 0; i < n; i += 1) s += clampAt(lambda, i).num;
    return { num: s, den: lambda.den };
  };
  const target: Rational = { num: T, den: 1n };
  const breaks: Rational[] = [];
  for (let i = 0; i < n; i += 1) {
    const wi = w[i] as bigint;
    if (wi === 0n) continue;
    breaks.push({ num: lo[i] as bigint, den: wi });
    const h = hi[i];
    if (h !== null && h !== undefined) breaks.push({ num: h, den: wi });
  }
  breaks.sort((a, b) => (lessThan(a, b) ? -1 : lessThan(b, a) ? 1 : 0));
  // The smallest breakpoint at which the clamped sum reaches the total.
  let lowIdx = 0;
  let highIdx = breaks.length;
  while (lowIdx < highIdx) {
    const mid = (lowIdx + highIdx) >> 1;
    if (lessThan(sumAt(breaks[mid] as Rational), target)) lowIdx = mid + 1;
    else highIdx = mid;
  }
  let lambda: Rational | null = null;
  if (lowIdx < breaks.length) {
    const b = breaks[lowIdx] as Rational;
    const s = sumAt(b);
    if (s.num === T * s.den) lambda = b;
    else {
      const prev: Rational = lowIdx === 0 ? { num: 0n, den: 1n } : (breaks[lowIdx - 1] as Rational);
      lambda = solveSegment(prev, b, T, w, lo, hi);
    }
  } else {
    const last: Rational = breaks.length === 0 ? { num: 0n, den: 1n } : (breaks[breaks.length - 1] as Rational);
    const free = w.some((wi, i) => wi > 0n && hi[i] === null);
    if (free) lambda = solveSegment(last, null, T, w, lo, hi);
  }
  if (lambda === null) {
    // The weighted lines all sit at their max: the rest goes equally to the weight-0 lines.
    const fixed = w.map((wi, i) => (wi > 0n ? (hi[i] as bigint) : null));
    const w2 = w.map((wi) => (wi > 0n ? 0n : 1n));
    const lo2 = lo.map((l, i) => fixed[i] ?? l);
    const hi2 = hi.map((h, i) => fixed[i] ?? h);
    return split(T, w2, lo2, hi2, true);
  }
  // Which lines the bounds hold (their amount), and which are free (null).
  const fixed: (bigint | null)[] = [];
  for (let i = 0; i < n; i += 1) {
    const v = lambda.num * (w[i] as bigint);
    const l = (lo[i] as bigint) * lambda.den;
    const h = hi[i];
    if (v <= l) fixed.push(lo[i] as bigint);
    else if (h !== null && h !== undefined && v >= h * lambda.den) fixed.push(h);
    else fixed.push(null);
  }
  return { fixed, equal };
}

// λ inside the segment (prev, next) where the free lines are those between their bounds.
function solveSegment(prev: Rational, next: Rational | null, T: bigint, w: readonly bigint[], lo: readonly bigint[], hi: readonly (bigint | null)[]): Rational {
  let fixed = 0n;
  let freeW = 0n;
  for (let i = 0; i < w.length; i += 1) {
    const wi = w[i] as bigint;
    const l = lo[i] as bigint;
    const h = hi[i] ?? null;
    if (wi === 0n) {
      fixed += l;
      continue;
    }
    // Below the segment's upper end and at or above its lower one.
    const loBreak: Rational = { num: l, den: wi };
    if (next !== null ? !lessThan(loBreak, next) : false) {
      fixed += l;
      continue;
    }
    if (h !== null && !lessThan(prev, { num: h, den: wi })) {
      fixed += h;
      continue;
    }
    freeW += wi;
  }
  return { num: T - fixed, den: freeW };
}
