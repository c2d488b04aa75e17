/**
 * The engine behind `summarize` and `summarizeAsync`: option checks, a fast
 * per-record path (plain type checks, no allocation for a valid record of an
 * existing group), and a slow path that runs socialkit's guards to say what is
 * wrong with a rejected record.
 *
 * Money is summed exactly. A number with at most 6 decimals below 10⁹ is
 * added as an integer count of millionths (Math.round(x × 10⁶) is exact and
 * checked: (x × 10⁶ rounded) / 10⁶ === x proves that the shortest decimal
 * form of x, which is what `money(x)` reads, has at most 6 decimals, because
 * below 10⁹ two such decimals are further apart than two doubles); a decimal
 * string of the form `123.456789` the same way; anything else (more
 * decimals, larger amounts, Decimal objects, exponents) as a Decimal. The
 * integer part is flushed into the Decimal before it could pass 2⁵³.
 *
 * @module
 */
import { createTimeBucketer, currencyCode, CurrencyMismatchError, Decimal, isCurrencyCode, type Path, PLATFORM_IDS, type SocialKitError, type TimeBucketer, ValidationError, type ValidationIssue } from '../../core/index.js';
import { addExactly, count, describeValue, instant, instantMs, invalid, MAX_ISSUES, missingFieldIssue, platformId, timeZone } from '../../core/internal.js';
import { ctr } from '../reach.js';
import { cpa, cpc, cpm } from '../cost.js';
import { engagementRateByImpressions, engagementRateByReach } from '../engagement-rate.js';
import { roas, roi } from '../roi.js';
import { type InvalidRecord, MAX_INVALID_LISTED, type SummaryResult, type SummaryRow } from '../summary.js';
import { optionsArg, oneOf, safeTotal } from './args.js';
import { amountArg } from './money-args.js';

const KIND_FIELD = 0;
const KIND_PLATFORM = 1;
const KIND_DAY = 2;
const KIND_WEEK = 3;
const KIND_MONTH = 4;

interface Dimension {
  name: string;
  kind: number;
}

/** The checked options of a summary. */
export interface SummaryConfig {
  /** The dimensions, in key order. */
  dimensions: readonly Dimension[];
  /** The bucketer, when a time dimension is used. */
  bucketer: TimeBucketer | null;
  /** The currency the option imposes, or null. */
  currency: string | null;
  /** Skip malformed records instead of throwing. */
  skip: boolean;
}

// camelCase names only: no '__proto__', no dots; bounded, so matching is linear.
const DIMENSION_NAME = /^[a-z][A-Za-z0-9]{0,63}$/;
const NOT_DIMENSIONS = new Set(['publishedAt', 'impressions', 'reach', 'engagements', 'clicks', 'conversions', 'cost', 'revenue', 'currency']);
const PLATFORMS: ReadonlySet<unknown> = new Set<unknown>(PLATFORM_IDS);
const ON_INVALID = ['throw', 'skip'] as const;
const MICRO = 1e6;
const FLUSH_AT = 4e15;

/**
 * Checks the options of `summarize` / `summarizeAsync`.
 *
 * @param value - the options argument
 * @returns the checked configuration
 * @throws {ValidationError} naming the offending option
 */
export function configureSummary(value: unknown): SummaryConfig {
  const options = optionsArg(value, ['by', 'timeZone', 'currency', 'onInvalid']);
  const by = options.by === undefined ? [] : options.by;
  if (!Array.isArray(by)) {
    throw invalid('invalidOption', `options.by must be an array of dimensions such as ['platform', 'week'], got ${describeValue(by)}`, ['options', 'by']);
  }
  const dimensions: Dimension[] = [];
  const seen = new Set<string>();
  let needsZone = false;
  for (let i = 0; i < by.length; i += 1) {
    const name: unknown = by[i];
    const path = ['options', 'by', i];
    if (typeof name !== 'string' || !DIMENSION_NAME.test(name)) {
      throw invalid('invalidOption', `options.by[${i}] must be 'day', 'week', 'month' or a camelCase field name such as 'platform', got ${describeValue(name)}`, path);
    }
    if (NOT_DIMENSIONS.has(name)) {
      throw invalid('invalidOption', `options.by[${i}]: '${name}' is a measure, not a dimension${name === 'publishedAt' ? " (group by 'day', 'week' or 'month')" : ''}`, path);
    }
    if (seen.has(name)) throw invalid('duplicate', `options.by lists '${name}' twice`, path);
    seen.add(name);
    const kind = name === 'platform' ? KIND_PLATFORM : name === 'day' ? KIND_DAY : name === 'week' ? KIND_WEEK : name === 'month' ? KIND_MONTH : KIND_FIELD;
    if (kind >= KIND_DAY) needsZone = true;
    dimensions.push({ name, kind });
  }
  let bucketer: TimeBucketer | null = null;
  if (options.timeZone !== undefined) bucketer = createTimeBucketer(timeZone(options.timeZone, ['options', 'timeZone']));
  else if (needsZone) {
    throw invalid('missingField', "options.timeZone is required to group by 'day', 'week' or 'month': name the zone, such as 'Europe/Paris' or 'UTC'", [
      'options',
      'timeZone',
    ]);
  }
  const currency = options.currency === undefined ? null : currencyCode(options.currency, ['options', 'currency']);
  const skip = options.onInvalid === undefined ? false : oneOf(options.onInvalid, ON_INVALID, ['options', 'onInvalid']) === 'skip';
  return { dimensions, bucketer, currency, skip };
}

// Bits of Group.unreported: a metric some record of the group has as null (the platform never reports it).
const NO_IMPRESSIONS = 1;
const NO_REACH = 2;
const NO_ENGAGEMENTS = 4;
const NO_CLICKS = 8;

// An exact running total of money: millionths in a double while they stay
// exact (flushed to a Decimal before 2^53), and a Decimal for the amounts
// with more digits than millionths hold.
class MoneyTotal {
  micros = 0;
  exact: Decimal | null = null;

  add(part: number | Decimal): void {
    if (typeof part !== 'number') {
      this.exact = this.exact === null ? part : addExactly(this.exact, part);
      return;
    }
    this.micros += part;
    if (this.micros >= FLUSH_AT) {
      this.exact = this.exact === null ? toDecimal(this.micros) : addExactly(toDecimal(this.micros), this.exact);
      this.micros = 0;
    }
  }

  total(): Decimal {
    const total = this.exact === null ? toDecimal(this.micros) : addExactly(toDecimal(this.micros), this.exact);
    return total.isZero() ? new Decimal(0) : total;
  }
}

class Group {
  posts = 0;
  unreported = 0;
  impressions = 0;
  reach = 0;
  engagements = 0;
  clicks = 0;
  conversions = 0;
  readonly cost = new MoneyTotal();
  readonly revenue = new MoneyTotal();
  constructor(readonly values: readonly (string | null)[]) {}
}

// A record's money field: 0 when absent, its millionths when they are exact
// (the fast path: a small plain number), else a count of millionths or a
// Decimal from the slow parser, or undefined when it is not money >= 0.
function moneyPart(value: unknown): number | Decimal | undefined {
  if (value === undefined || value === null) return 0;
  const scaled = typeof value === 'number' && value >= 0 && value < 1e9 ? Math.round(value * MICRO) : -1;
  if (scaled >= 0 && scaled / MICRO === value) return scaled;
  return slowMoney(value);
}

type Node = Map<string | null, Node | Group>;

// Parses a money value that is not a small plain number: a count of millionths, a Decimal, or undefined when invalid.
function slowMoney(value: unknown): number | Decimal | undefined {
  if (typeof value === 'string') {
    const micros = plainMicros(value);
    if (micros >= 0) return micros;
  }
  try {
    return amountArg(value, 'amount');
  } catch {
    return undefined;
  }
}

// A plain decimal string with 1 to 9 integer digits and at most 6 decimals ('12', '12.5', '0.000001'),
// as a count of millionths; -1 for anything else. One linear scan, no allocation.
function plainMicros(text: string): number {
  const n = text.length;
  if (n === 0 || n > 16) return -1;
  let units = 0;
  let i = 0;
  for (; i < n; i += 1) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    units = units * 10 + c;
  }
  if (i === 0 || i > 9) return -1;
  if (i === n) return units * MICRO;
  if (text.charCodeAt(i) !== 46 || n - i - 1 < 1 || n - i - 1 > 6) return -1;
  let fraction = 0;
  for (let j = i + 1; j < n; j += 1) {
    const c = text.charCodeAt(j) - 48;
    if (c < 0 || c > 9) return -1;
    fraction = fraction * 10 + c;
  }
  for (let k = n - i - 1; k < 6; k += 1) fraction *= 10;
  return units * MICRO + fraction;
}

function toDecimal(micros: number): Decimal {
  return new Decimal(micros).div(MICRO);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && (value >>> 0 === value || (value > 0 && value <= Number.MAX_SAFE_INTEGER && Math.floor(value) === value));
}


/** Accumulates records into groups. */
export class Summarizer {
  private readonly dims: readonly Dimension[];
  private readonly depth: number;
  private readonly bucketer: TimeBucketer | null;
  private readonly skip: boolean;
  private currency: string | null;
  private readonly root: Node = new Map();
  private readonly groups: Group[] = [];
  private single: Group | null = null;
  private readonly values: (string | null)[];
  private readonly rejected: InvalidRecord[] = [];
  private skipped = 0;
  // Any valid id: only compared for equality, to skip re-checking a repeated platform.
  private lastPlatform: unknown = PLATFORM_IDS[0];

  /**
   * @param config - the checked options
   */
  constructor(config: SummaryConfig) {
    this.dims = config.dimensions;
    this.depth = config.dimensions.length;
    this.bucketer = config.bucketer;
    this.skip = config.skip;
    this.currency = config.currency;
    this.values = new Array<string | null>(this.depth).fill(null);
  }

  /**
   * Adds one record, or rejects it (throwing, or counting it when skipping).
   *
   * @param value - the record
   * @param index - its position in the input
   * @returns nothing; a rejected record is thrown, or counted when skipping
   */
  add(value: unknown, index: number): void {
    if (typeof value !== 'object' || value === null) { this.reject(value, index); return; }
    const record = value as Record<string, unknown>;
    const platform = record.platform;
    if (platform !== this.lastPlatform) {
      if (!PLATFORMS.has(platform)) { this.reject(value, index); return; }
      this.lastPlatform = platform;
    }
    const ms = instantMs(record.publishedAt);
    if (ms !== ms) { this.reject(value, index); return; }
    const impressions = record.impressions;
    const reach = record.reach;
    const engagements = record.engagements;
    const clicks = record.clicks;
    // The fast path: four counts. A null (a metric the platform never reports) takes the second test only.
    let unreported = 0;
    if (!isCount(impressions) || !isCount(reach) || !isCount(engagements) || !isCount(clicks)) {
      if (impressions === null) unreported |= NO_IMPRESSIONS;
      else if (!isCount(impressions)) { this.reject(value, index); return; }
      if (reach === null) unreported |= NO_REACH;
      else if (!isCount(reach)) { this.reject(value, index); return; }
      if (engagements === null) unreported |= NO_ENGAGEMENTS;
      else if (!isCount(engagements)) { this.reject(value, index); return; }
      if (clicks === null) unreported |= NO_CLICKS;
      else if (!isCount(clicks)) { this.reject(value, index); return; }
    }
    let conversions = record.conversions;
    if (conversions === undefined || conversions === null) conversions = 0;
    else if (!isCount(conversions)) { this.reject(value, index); return; }

    const cost = moneyPart(record.cost);
    if (cost === undefined) { this.reject(value, index); return; }
    const revenue = moneyPart(record.revenue);
    if (revenue === undefined) { this.reject(value, index); return; }

    const depth = this.depth;
    const values = this.values;
    for (let d = 0; d < depth; d += 1) {
      const dim = this.dims[d] as Dimension;
      switch (dim.kind) {
        case KIND_PLATFORM:
          values[d] = platform as string;
          break;
        case KIND_WEEK:
          values[d] = (this.bucketer as TimeBucketer).week(ms);
          break;
        case KIND_DAY:
          values[d] = (this.bucketer as TimeBucketer).day(ms);
          break;
        case KIND_MONTH:
          values[d] = (this.bucketer as TimeBucketer).month(ms);
          break;
        default: {
          const field = record[dim.name];
          if (typeof field === 'string') values[d] = field;
          else if (field === undefined || field === null || !Object.hasOwn(record, dim.name)) values[d] = null;
          else { this.reject(value, index); return; }
        }
      }
    }

    const currency = record.currency;
    if (currency !== undefined && currency !== null && currency !== this.currency) {
      if (this.currency !== null || !isCurrencyCode(currency)) { this.reject(value, index); return; }
      this.currency = currency;
    }

    const group = this.groupOf(values);
    group.posts += 1;
    if (unreported === 0) {
      group.impressions += impressions as number;
      group.reach += reach as number;
      group.engagements += engagements as number;
      group.clicks += clicks as number;
    } else {
      group.unreported |= unreported;
      if (impressions !== null) group.impressions += impressions;
      if (reach !== null) group.reach += reach;
      if (engagements !== null) group.engagements += engagements;
      if (clicks !== null) group.clicks += clicks;
    }
    group.conversions += conversions as number;
    group.cost.add(cost);
    group.revenue.add(revenue);
  }

  private groupOf(values: readonly (string | null)[]): Group {
    const depth = this.depth;
    if (depth === 0) {
      if (this.single === null) {
        this.single = new Group([]);
        this.groups.push(this.single);
      }
      return this.single;
    }
    let node: Node = this.root;
    const last = depth - 1;
    for (let d = 0; d < last; d += 1) {
      const v = values[d] as string | null;
      let next = node.get(v) as Node | undefined;
      if (next === undefined) {
        next = new Map();
        node.set(v, next);
      }
      node = next;
    }
    const v = values[last] as string | null;
    let group = node.get(v) as Group | undefined;
    if (group === undefined) {
      group = new Group(values.slice());
      node.set(v, group);
      this.groups.push(group);
    }
    return group;
  }

  private reject(value: unknown, index: number): void {
    const error = this.diagnose(value, index);
    if (!this.skip) throw error;
    this.skipped += 1;
    if (this.rejected.length < MAX_INVALID_LISTED) {
      const code = error instanceof ValidationError ? (error.issues[0]?.code ?? error.code) : error.code;
      this.rejected.push({ index, path: error.path, code, reason: error.message });
    }
  }

  // Runs the guards in the fast path's order and returns every problem of the
  // record (a missing field names a similar key the record has), or the currency mismatch.
  private diagnose(value: unknown, index: number): SocialKitError {
    const at = (field: string): Path => ['records', index, field];
    if (typeof value !== 'object' || value === null) {
      return invalid('invalidType', `records[${index}] must be an object (one post), got ${describeValue(value)}`, ['records', index]);
    }
    const record = value as Record<string, unknown>;
    const issues: ValidationIssue[] = [];
    const check = (field: string, required: boolean, guard: () => void): void => {
      if (required && record[field] === undefined && !Object.hasOwn(record, field)) {
        issues.push(missingFieldIssue(record, field, `records[${index}]`, ['records', index]));
        return;
      }
      try {
        guard();
      } catch (error) {
        /* v8 ignore next */
        if (!(error instanceof ValidationError)) throw error;
        issues.push(...error.issues);
      }
    };
    check('platform', true, () => platformId(record.platform, at('platform')));
    check('publishedAt', true, () => instant(record.publishedAt, at('publishedAt')));
    for (const field of ['impressions', 'reach', 'engagements', 'clicks'] as const) {
      check(field, true, () => (record[field] === null ? 0 : count(record[field], at(field))));
    }
    if (record.conversions !== undefined && record.conversions !== null) check('conversions', false, () => count(record.conversions, at('conversions')));
    for (const field of ['cost', 'revenue'] as const) {
      if (record[field] !== undefined && record[field] !== null) check(field, false, () => amountArg(record[field], at(field)));
    }
    for (const dim of this.dims) {
      const field = record[dim.name];
      if (dim.kind === KIND_FIELD && field !== undefined && field !== null && typeof field !== 'string' && Object.hasOwn(record, dim.name)) {
        issues.push({ code: 'invalidDimension', message: `records[${index}].${dim.name} must be a string to group by it, got ${describeValue(field)}`, path: at(dim.name) });
      }
    }
    if (issues.length > 0) return new ValidationError(issues.slice(0, MAX_ISSUES));
    // Every field is valid: what is left is the currency, malformed or not the summary's.
    try {
      return new CurrencyMismatchError(this.currency as string, currencyCode(record.currency, at('currency')), { path: at('currency') });
    } catch (error) {
      /* v8 ignore next */
      if (!(error instanceof ValidationError)) throw error;
      return error;
    }
  }

  /**
   * Builds the result: one row per group, sorted by key.
   *
   * @returns the summary
   * @throws {SocialKitError} `overflow` when a count total is not an exact integer
   */
  finish(): SummaryResult {
    const groups = this.groups.slice().sort(compareGroups);
    const rows: SummaryRow[] = [];
    for (const group of groups) rows.push(this.row(group));
    return { rows, skipped: this.skipped, invalid: this.rejected.slice(), currency: this.currency };
  }

  private row(group: Group): SummaryRow {
    const key: Record<string, string | null> = {};
    for (let d = 0; d < this.depth; d += 1) key[(this.dims[d] as Dimension).name] = group.values[d] as string | null;
    const none = group.unreported;
    const impressions = none & NO_IMPRESSIONS ? null : safeTotal(group.impressions, 'impressions');
    const reach = none & NO_REACH ? null : safeTotal(group.reach, 'reach');
    const engagements = none & NO_ENGAGEMENTS ? null : safeTotal(group.engagements, 'engagements');
    const clicks = none & NO_CLICKS ? null : safeTotal(group.clicks, 'clicks');
    const conversions = safeTotal(group.conversions, 'conversions');
    const cost = group.cost.total();
    const revenue = group.revenue.total();
    return {
      key,
      posts: group.posts,
      impressions,
      reach,
      engagements,
      clicks,
      conversions,
      cost,
      revenue,
      engagementRateByReach: engagements === null || reach === null ? null : engagementRateByReach({ engagements, reach }),
      engagementRateByImpressions: engagements === null || impressions === null ? null : engagementRateByImpressions({ engagements, impressions }),
      ctr: clicks === null || impressions === null ? null : ctr({ clicks, impressions }),
      cpc: clicks === null ? null : cpc({ cost, clicks }),
      cpm: impressions === null ? null : cpm({ cost, impressions }),
      cpa: cpa({ cost, conversions }),
      roas: roas({ revenue, adSpend: cost }),
      roi: roi({ revenue, cost }),
    };
  }
}

function compareGroups(a: Group, b: Group): number {
  for (let d = 0; d < a.values.length; d += 1) {
    const x = a.values[d] as string | null;
    const y = b.values[d] as string | null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  }
  return 0;
}
