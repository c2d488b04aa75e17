import { Decimal, type MoneyInput } from './decimal.js';
import { type CurrencyOptions, minorUnit } from './currency.js';
import { InfeasibleError, invalid } from './errors.js';
import { finiteNumber } from './finite-number.js';
import { money } from './money.js';
import { readOptions } from './read-options.js';

/** Options for {@link allocateMoney}. */
export interface AllocateMoneyOptions extends CurrencyOptions {
  /** The ISO 4217 code of the total; its minor unit is the smallest amount handed out. */
  currency: string;
}

/**
 * Splits an amount by weights so that the parts sum exactly to the total.
 *
 * Rule (largest remainder, also called Hamilton's method): each part is first
 * its exact share `total × wᵢ / Σw` cut down to the currency's minor unit
 * (towards zero); the minor units left over then go one each to the parts
 * with the largest cut-off remainders, ties going to the earlier part. A
 * negative total is split as its absolute value, then negated.
 *
 * @param total - the amount to split; it must already be a whole number of minor units
 * @param weights - one non-negative weight per part, at least one positive
 * @param options - the currency (and extra minor units)
 * @returns one amount per weight, summing exactly to `total`
 * @throws {ValidationError} when the total has more decimals than the currency or a weight is not a finite number ≥ 0
 * @throws {InfeasibleError} when there are no weights or they are all zero
 * @example
 * allocateMoney('100', [1, 1, 1], { currency: 'EUR' }).map(String); // ['33.34', '33.33', '33.33']
 * allocateMoney('10', [70, 30], { currency: 'JPY' }).map(String); // ['7', '3']
 */
export function allocateMoney(total: MoneyInput, weights: readonly number[], options: AllocateMoneyOptions): Decimal[] {
  const o = readOptions<AllocateMoneyOptions>(options, 'options', ['currency', 'minorUnits']);
  if (o.currency === undefined) throw invalid('required', 'options.currency is required: the ISO 4217 code of the total, e.g. { currency: \'EUR\' }', ['options', 'currency']);
  const amount = money(total, { path: 'total' });
  const digits = minorUnit(o.currency, { minorUnits: o.minorUnits });
  const unit = new Decimal(10).pow(-digits);
  const units = amount.abs().div(unit);
  if (!units.isInteger()) {
    throw invalid(
      'tooPrecise',
      `total ${amount.toString()} has more decimals than ${o.currency} allows (${digits}): round it first (roundMoney)`,
      'total',
    );
  }
  if (!Array.isArray(weights)) throw invalid('invalidType', 'weights must be an array of numbers', 'weights');
  const w: number[] = [];
  for (let i = 0; i < weights.length; i += 1) w.push(finiteNumber(weights[i], ['weights', i], { min: 0 }));
  const sum = w.reduce((a, b) => a + b, 0);
  if (w.length === 0 || sum <= 0) {
    throw new InfeasibleError('Cannot split money without at least one positive weight.', { path: 'weights' });
  }
  // Exact integer arithmetic: weights scaled to integers, amounts in minor units, so no
  // rounding can make a floor overshoot and the parts always sum to the total.
  const decimals = w.map((x) => new Decimal(x));
  const scale = decimals.reduce((max, d) => Math.max(max, d.decimalPlaces()), 0);
  const factor = new Decimal(10).pow(scale);
  const intWeights = decimals.map((d) => BigInt(d.times(factor).toFixed(0)));
  const intSum = intWeights.reduce((a, b) => a + b, 0n);
  const intUnits = BigInt(units.toFixed(0));
  const floors = intWeights.map((x) => (intUnits * x) / intSum);
  const rests = intWeights.map((x) => (intUnits * x) % intSum);
  let left = intUnits - floors.reduce((a, b) => a + b, 0n);
  const order = rests.map((rest, i) => ({ i, rest })).sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  for (const { i } of order) {
    if (left <= 0n) break;
    floors[i] = (floors[i] ?? 0n) + 1n;
    left -= 1n;
  }
  const sign = amount.isNegative() ? -1 : 1;
  return floors.map((f) => {
    const part = new Decimal(f.toString()).times(unit).times(sign);
    return part.isZero() ? new Decimal(0) : part;
  });
}
