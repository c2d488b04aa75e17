import { allocateMoney, Decimal, fromLocal, minorUnit, money, toLocalDate, type MoneyInput } from '../core/index.js';
import { arrayArgument, describeValue, finiteNumber, formatDay, instant, invalid, localDate, objectArgument, parseDay, readOptions, timeZone as checkZone } from '../core/internal.js';

/** A platform's rule on how far one day's spend may exceed the daily budget, with its source. */
export interface OverspendRule {
  /** One day may spend up to this multiple of the daily budget (Meta 1.75, Google Ads 2). */
  dailyFactor: number;
  /** A Sunday-to-Saturday week (in the account's zone) spends at most this many daily budgets (Meta: 7); `null` when the platform has no weekly rule. */
  weeklyDailyBudgets: number | null;
  /** A calendar month spends at most this many daily budgets (Google Ads: 30.4); `null` when the platform has no monthly rule. */
  monthlyDailyBudgets: number | null;
  /** Where the rule is written. */
  source: string;
  /** When the source was read. */
  asOf: string;
}

/**
 * The platforms' own overspend rules for daily budgets, as data: Meta may
 * spend up to 75 % over the daily budget on a day, and at most 7 daily
 * budgets in a Sunday-to-Saturday week; Google Ads up to 2 × the average
 * daily budget on a day and at most 30.4 × in a month. Pass `rules` to
 * {@link pacing} to override (platforms change these).
 *
 * @example
 * overspendRules.meta.dailyFactor; // 1.75
 * overspendRules.googleAds.monthlyDailyBudgets; // 30.4
 */
export const overspendRules: Readonly<Record<'meta' | 'googleAds', Readonly<OverspendRule>>> = Object.freeze({
  meta: Object.freeze({ dailyFactor: 1.75, weeklyDailyBudgets: 7, monthlyDailyBudgets: null, source: 'https://www.facebook.com/business/help/190490051321426', asOf: '2026-12-04' }),
  googleAds: Object.freeze({ dailyFactor: 2, weeklyDailyBudgets: null, monthlyDailyBudgets: 30.4, source: 'https://support.google.com/google-ads/answer/6385083', asOf: '2026-12-04' }),
});

/** One day's spend, for {@link pacing}. */
export interface DailySpend {
  /** The local date, in the account's zone. */
  date: string;
  /** What the day spent (money). */
  amount: MoneyInput;
}

/** The input of {@link pacing}. */
export interface PacingInput {
  /** The period's budget (money). */
  budget: MoneyInput;
  /** Spent so far (money). */
  spent: MoneyInput;
  /** The ISO 4217 code of the budget and spend. */
  currency: string;
  /** The period, local dates, both inclusive. */
  period: { from: string; to: string };
  /** The account's IANA zone: days start at its local midnight. */
  timeZone: string;
  /** The instant of the check: elapsed time is counted up to it. */
  now: Date | string;
  /** Spend by local day (for the run rate and the overspend rules). */
  dailySpend?: readonly DailySpend[];
  /** `'meta'` or `'googleAds'`: whose overspend rule to check `dailySpend` against (with `dailyBudget`). */
  platform?: 'meta' | 'googleAds';
  /** The campaign's daily budget on that platform (money). */
  dailyBudget?: MoneyInput;
  /** The pacing ratio below `under` is `'under'`, above `over` is `'over'` (defaults 0.9 and 1.1). */
  thresholds?: { under?: number; over?: number };
  /** Overrides of {@link overspendRules}, by platform. */
  rules?: Partial<Record<'meta' | 'googleAds', OverspendRule>>;
  /** Extra or corrected minor units by currency code. */
  minorUnits?: Readonly<Record<string, number>>;
}

/** One day checked against the platform's rule. */
export interface OverspendDay {
  /** The local date. */
  date: string;
  /** What the day spent. */
  amount: Decimal;
  /** The day's cap: dailyFactor × dailyBudget. */
  dailyCap: Decimal;
  /** Whether the day is within the daily cap, and within the week's (Meta) or month's (Google Ads) cap so far. */
  withinRule: boolean;
  /** Which cap it breaks, or `null`. */
  exceeds: 'daily' | 'weekly' | 'monthly' | null;
}

/** The result of {@link pacing}. */
export interface PacingReport {
  /** The share of the period's time before `now`, in [0, 1] (a DST day counts 23 or 25 hours). */
  elapsed: number;
  /** budget × elapsed, to the minor unit. */
  expectedToDate: Decimal;
  /** spent − expected. */
  delta: Decimal;
  /** spent ÷ expected; `null` before the period starts. */
  pacingRatio: number | null;
  /** spent ÷ elapsed: the period's spend if the pace so far holds; `null` before the period starts. */
  linearProjection: Decimal | null;
  /** spent + (mean of the last 7 days of `dailySpend`) × the days left; `null` without `dailySpend`. */
  runRateProjection: Decimal | null;
  /** The dates left (today included) and the daily budgets that land exactly on the budget. */
  remainingDays: string[];
  /** The daily budgets of `remainingDays` (core's `allocateMoney`): they sum exactly to budget − spent (zeros when nothing is left). */
  remainingDailyBudgets: Decimal[];
  /** `under` below `thresholds.under`, `over` above `thresholds.over`, else `onPace`. */
  status: 'under' | 'onPace' | 'over';
  /** The platform's rule applied to `dailySpend`, or `null` without `platform` and `dailyBudget`. */
  overspend: { platform: 'meta' | 'googleAds'; rule: OverspendRule; days: OverspendDay[] } | null;
}

const KEYS = ['budget', 'spent', 'currency', 'period', 'timeZone', 'now', 'dailySpend', 'platform', 'dailyBudget', 'thresholds', 'rules', 'minorUnits'] as const;

/**
 * Whether a period's spend is on pace. Elapsed time runs from the local
 * midnight of `period.from` to the local midnight after `period.to` in the
 * account's zone, so a DST day counts 23 or 25 hours. Expected spend to
 * date = budget × elapsed (rounded to the minor unit); pacing ratio =
 * spent ÷ expected; the linear projection spent ÷ elapsed; the run-rate
 * projection spent + (mean daily spend of the last 7 days) × days left; the
 * remaining daily budgets split budget − spent over the days left (today
 * included) with core's `allocateMoney`, so they land exactly on the total.
 * With `platform` and `dailyBudget`, each day of `dailySpend` is checked
 * against the platform's own overspend rule ({@link overspendRules}).
 *
 * @param input - `{ budget, spent, currency, period, timeZone, now, dailySpend?, platform?, dailyBudget?, thresholds?, rules? }`
 * @returns the pacing report
 * @throws {ValidationError} for malformed money, dates, zone or options
 * @example
 * const r = pacing({ budget: 3100, spent: 1200, currency: 'EUR', period: { from: '2027-03-01', to: '2027-03-31' }, timeZone: 'Europe/Paris', now: '2027-03-11T00:00:00+01:00' });
 * r.expectedToDate.toString(); // '1001.35' (March has 743 hours in Paris: DST)
 * r.status; // 'over'
 * r.remainingDailyBudgets.length; // 21
 */
export function pacing(input: PacingInput): PacingReport {
  const o = readOptions(objectArgument(input, 'input'), 'input', KEYS);
  if (typeof o.currency !== 'string') throw invalid('required', `input.currency must be the ISO 4217 code of the budget, got ${describeValue(o.currency)}`, ['input', 'currency']);
  const minorUnits = o.minorUnits as Readonly<Record<string, number>> | undefined;
  const digits = minorUnit(o.currency, { minorUnits });
  const budget = money(o.budget as MoneyInput, { path: ['input', 'budget'], nonNegative: true });
  const spent = money(o.spent as MoneyInput, { path: ['input', 'spent'], nonNegative: true });
  const zone = checkZone(o.timeZone, ['input', 'timeZone']);
  const now = instant(o.now, ['input', 'now']);
  const period = objectArgument(o.period, ['input', 'period']);
  const from = localDate(period.from, ['input', 'period', 'from']);
  const to = localDate(period.to, ['input', 'period', 'to']);
  if (from > to) throw invalid('invalidRange', `input.period.from (${from}) is after input.period.to (${to})`, ['input', 'period']);
  const firstDay = parseDay(from);
  const lastDay = parseDay(to);
  if (lastDay - firstDay > 3660) throw invalid('rangeTooLong', 'input.period spans more than ten years', ['input', 'period']);
  const th = o.thresholds === undefined ? {} : readOptions(o.thresholds, ['input', 'thresholds'], ['under', 'over']);
  const under = th.under === undefined ? 0.9 : finiteNumber(th.under, ['input', 'thresholds', 'under'], { min: 0, max: 1 });
  const over = th.over === undefined ? 1.1 : finiteNumber(th.over, ['input', 'thresholds', 'over'], { min: 1, max: 100 });
  const dayString = (d: number): string => formatDay(d);
  const start = fromLocal(from, '00:00', zone).getTime();
  const end = fromLocal(dayString(lastDay + 1), '00:00', zone).getTime();
  const t = now.getTime();
  const elapsed = t <= start ? 0 : t >= end ? 1 : (t - start) / (end - start);
  const unit = new Decimal(10).pow(-digits);
  const round = (d: Decimal): Decimal => {
    const r = d.div(unit).toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN).times(unit);
    return r.isZero() ? new Decimal(0) : r;
  };
  const expected = round(budget.times(elapsed));
  const delta = spent.minus(expected);
  const pacingRatio = expected.isZero() ? null : spent.div(expected).toNumber();
  const linearProjection = elapsed === 0 ? null : round(spent.div(elapsed));
  const today = t < start ? firstDay : parseDay(toLocalDate(now, zone));
  const remaining: string[] = [];
  for (let d = Math.max(today, firstDay); d <= lastDay && t < end; d += 1) remaining.push(dayString(d));
  const left = budget.minus(spent);
  const remainingDailyBudgets = remaining.length === 0 ? [] : left.isPositive() && !left.isZero() ? allocateMoney(round(left).toString(), remaining.map(() => 1), { currency: o.currency, ...(minorUnits === undefined ? {} : { minorUnits }) }) : remaining.map(() => new Decimal(0));
  const days = readDays(o.dailySpend);
  let runRateProjection: Decimal | null = null;
  if (days !== null && days.length > 0) {
    const last7 = days.slice(-7);
    const mean = last7.reduce((s, d) => s.plus(d.amount), new Decimal(0)).div(last7.length);
    const daysLeft = t >= end ? 0 : (end - Math.max(t, start)) / ((end - start) / (lastDay - firstDay + 1));
    runRateProjection = round(spent.plus(mean.times(daysLeft)));
  }
  const status = pacingRatio === null ? (spent.isZero() ? 'onPace' : 'over') : pacingRatio < under ? 'under' : pacingRatio > over ? 'over' : 'onPace';
  let overspend: PacingReport['overspend'] = null;
  if (o.platform !== undefined || o.dailyBudget !== undefined) {
    if (o.platform !== 'meta' && o.platform !== 'googleAds') throw invalid('invalidPlatform', `input.platform must be 'meta' or 'googleAds' (the platforms whose overspend rules are known), got ${describeValue(o.platform)}`, ['input', 'platform']);
    if (o.dailyBudget === undefined) throw invalid('required', 'input.dailyBudget is required with input.platform: the campaign\'s daily budget', ['input', 'dailyBudget']);
    const dailyBudget = money(o.dailyBudget as MoneyInput, { path: ['input', 'dailyBudget'], nonNegative: true });
    const platform = o.platform === 'meta' ? 'meta' : 'googleAds';
    const rule = readRule(o.rules, platform);
    overspend = { platform, rule, days: checkDays(days ?? [], dailyBudget, rule, round) };
  }
  return {
    elapsed,
    expectedToDate: expected,
    delta: delta.isZero() ? new Decimal(0) : delta,
    pacingRatio,
    linearProjection,
    runRateProjection,
    remainingDays: remaining,
    remainingDailyBudgets,
    status,
    overspend,
  };
}

function readDays(value: unknown): { date: string; day: number; amount: Decimal }[] | null {
  if (value === undefined) return null;
  const list = arrayArgument(value, ['input', 'dailySpend']);
  if (list.length > 4000) throw invalid('tooMany', `input.dailySpend has ${list.length} days, more than 4,000`, ['input', 'dailySpend']);
  const out = Array.from(list, (raw, i) => {
    const d = readOptions(objectArgument(raw, ['input', 'dailySpend', i]), ['input', 'dailySpend', i], ['date', 'amount']);
    const date = localDate(d.date, ['input', 'dailySpend', i, 'date']);
    return { date, day: parseDay(date), amount: money(d.amount as MoneyInput, { path: ['input', 'dailySpend', i, 'amount'], nonNegative: true }) };
  });
  out.sort((a, b) => a.day - b.day);
  for (let i = 1; i < out.length; i += 1) {
    if ((out[i] as (typeof out)[number]).day === (out[i - 1] as (typeof out)[number]).day) throw invalid('duplicate', `input.dailySpend lists ${(out[i] as (typeof out)[number]).date} twice`, ['input', 'dailySpend']);
  }
  return out;
}

function readRule(value: unknown, platform: 'meta' | 'googleAds'): OverspendRule {
  const base = overspendRules[platform];
  if (value === undefined) return { ...base };
  const rules = readOptions(value, ['input', 'rules'], ['meta', 'googleAds']);
  const r: unknown = rules[platform];
  if (r === undefined) return { ...base };
  const o = readOptions(r, ['input', 'rules', platform], ['dailyFactor', 'weeklyDailyBudgets', 'monthlyDailyBudgets', 'source', 'asOf']);
  const path = ['input', 'rules', platform];
  const nullable = (v: unknown, key: string, fallback: number | null): number | null => (v === undefined ? fallback : v === null ? null : finiteNumber(v, [...path, key], { min: 0, max: 1000 }));
  return {
    dailyFactor: o.dailyFactor === undefined ? base.dailyFactor : finiteNumber(o.dailyFactor, [...path, 'dailyFactor'], { min: 0, max: 1000 }),
    weeklyDailyBudgets: nullable(o.weeklyDailyBudgets, 'weeklyDailyBudgets', base.weeklyDailyBudgets),
    monthlyDailyBudgets: nullable(o.monthlyDailyBudgets, 'monthlyDailyBudgets', base.monthlyDailyBudgets),
    source: typeof o.source === 'string' ? o.source : base.source,
    asOf: typeof o.asOf === 'string' ? o.asOf : base.asOf,
  };
}

function checkDays(days: readonly { date: string; day: number; amount: Decimal }[], dailyBudget: Decimal, rule: OverspendRule, round: (d: Decimal) => Decimal): OverspendDay[] {
  const dailyCap = round(dailyBudget.times(rule.dailyFactor));
  const weekSums = new Map<number, Decimal>();
  const monthSums = new Map<string, Decimal>();
  return days.map(({ date, day, amount }) => {
    // daysFromCivil(1970, 1, 1) is 0, a Thursday: (day + 4) mod 7 is 0 on Sundays.
    const sunday = day - (((day + 4) % 7) + 7) % 7;
    const week = (weekSums.get(sunday) ?? new Decimal(0)).plus(amount);
    weekSums.set(sunday, week);
    const monthKey = date.slice(0, 7);
    const month = (monthSums.get(monthKey) ?? new Decimal(0)).plus(amount);
    monthSums.set(monthKey, month);
    let exceeds: OverspendDay['exceeds'] = null;
    if (amount.gt(dailyCap)) exceeds = 'daily';
    else if (rule.weeklyDailyBudgets !== null && week.gt(dailyBudget.times(rule.weeklyDailyBudgets))) exceeds = 'weekly';
    else if (rule.monthlyDailyBudgets !== null && month.gt(dailyBudget.times(rule.monthlyDailyBudgets))) exceeds = 'monthly';
    return { date, amount, dailyCap, withinRule: exceeds === null, exceeds };
  });
}

