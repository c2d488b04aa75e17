/**
 * The error classes every socialkit function throws. This file imports no zod:
 * the zod bridge lives in `zod-error.ts`, so a formula that only validates
 * numbers pulls in no schema library.
 *
 * @module
 */
import type { IssueCode } from './issue-codes.js';

export type { IssueCode } from './issue-codes.js';

/** A path to the offending field: property names and array indexes, outermost first. */
export type Path = readonly (string | number)[];

/** What a caller may pass where a path is expected: one key, or a whole path. */
export type PathInput = string | number | Path;

/**
 * The stable codes of {@link SocialKitError} and its subclasses. A code never
 * changes meaning once published; `docs/errors.md` lists them all.
 */
export type ErrorCode =
  | 'validation'
  | 'currencyMismatch'
  | 'infeasible'
  | 'transition'
  | 'overflow';

/**
 * Normalizes a {@link PathInput} into a {@link Path}.
 *
 * @param path - a key, an index or a path
 * @returns the path as an array
 * @example
 * toPath('reach'); // ['reach']
 * toPath(['posts', 3, 'reach']); // ['posts', 3, 'reach']
 */
export function toPath(path: PathInput): Path {
  if (typeof path === 'string' || typeof path === 'number') return [pathKey(path)];
  return Array.isArray(path) ? Array.from(path, pathKey) : [];
}

// A path is diagnostic metadata: whatever a caller passes, keep strings and
// finite numbers, and describe anything else rather than fail on it.
function pathKey(key: unknown): string | number {
  return typeof key === 'string' || Number.isFinite(key) ? (key as string | number) : `(${typeof key})`;
}

/**
 * Renders a path the way a person reads it: `posts[3].reach`.
 *
 * @param path - the path to render
 * @returns the dotted form, or `(root)` for the empty path
 * @example
 * formatPath(['posts', 3, 'reach']); // 'posts[3].reach'
 * formatPath([]); // '(root)'
 */
export function formatPath(path: PathInput): string {
  let out = '';
  for (const part of toPath(path)) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out || '(root)';
}

/**
 * How a message names a field: its path, or `fallback` when the path is
 * empty (a value checked on its own). Private to core.
 *
 * @param path - the field's path
 * @param fallback - the words for a value without a path (`'The instant'`)
 * @returns the label
 * @internal
 */
export function labelOf(path: PathInput, fallback: string): string {
  return toPath(path).length === 0 ? fallback : formatPath(path);
}

// The brand that lets a class recognise instances of another copy of socialkit
// (the CommonJS build and the ESM build loaded in one process each have their
// own classes): every error carries this registered symbol, and
// `Symbol.hasInstance` also accepts a branded value whose `name` is the
// class's name (any branded value, for SocialKitError). Only SocialKitError's
// body holds it, so a bundler still drops the subclasses a program never uses.
const BRAND = Symbol.for('socialkit.error');

interface Branded {
  [BRAND]?: unknown;
  name?: unknown;
}

/** Options shared by every socialkit error. */
export interface SocialKitErrorOptions {
  /** The offending field, where there is one. */
  path?: PathInput;
  /** Machine-readable facts about the failure (the values involved, the limits). */
  details?: Readonly<Record<string, unknown>>;
  /** The underlying error, if this one wraps another. */
  cause?: unknown;
}

/**
 * The base class of every error socialkit throws on purpose. Catch it to tell
 * a socialkit refusal apart from a bug elsewhere.
 *
 * @example
 * new ValidationError([]) instanceof SocialKitError; // true
 * new TransitionError('draft', 'publish').code; // 'transition'
 */
export class SocialKitError extends Error {
  /**
   * The brand of socialkit errors (see `Symbol.hasInstance`).
   *
   * @returns true
   * @internal
   */
  get [BRAND](): true {
    return true;
  }

  /**
   * `instanceof` for socialkit errors and their subclasses: true for an
   * instance of the class, and for an error from another copy of socialkit
   * in the same process (the CommonJS and ESM builds) that carries the brand
   * `Symbol.for('socialkit.error')` and the class's name (`ValidationError`,
   * …; any branded error, for `SocialKitError`). A `TransitionError` is
   * never a `ValidationError`, from either copy.
   *
   * @param value - the value on the left of `instanceof`
   * @returns true when `value` is an instance of this class or of its twin
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // Like the ordinary `instanceof`, a revoked proxy throws a TypeError here.
    return (
      super[Symbol.hasInstance](value) ||
      ((value as Branded | null | undefined)?.[BRAND] === true && (this === SocialKitError || (value as Branded).name === this.name))
    );
  }

  /** A stable, documented code (see `docs/errors.md`). */
  declare readonly code: ErrorCode;
  /** The offending field (empty when the error is not about one field). */
  declare readonly path: Path;
  /** Machine-readable facts about the failure. */
  declare readonly details: Readonly<Record<string, unknown>>;

  /**
   * @param code - the stable error code
   * @param message - a message a person can act on
   * @param options - path, details and cause
   */
  constructor(code: ErrorCode, message: string, options: SocialKitErrorOptions = {}) {
    // Error reads only `cause` from its options; path and details are ours.
    super(message, options);
    this.name = 'SocialKitError';
    this.code = code;
    this.path = options.path === undefined ? [] : toPath(options.path);
    this.details = options.details ?? {};
  }
}

/** One problem found in an input: what is wrong, and where. */
export interface ValidationIssue {
  /** A stable code for this kind of problem (`negative`, `notInteger`, `unknownKey`, …; zod's codes are mapped onto these). */
  code: IssueCode;
  /** What is wrong, in words a person can act on. */
  message: string;
  /** Where it is wrong. */
  path: Path;
}

/**
 * The input does not have the shape or the values a function needs. Carries
 * every problem found, each with its path.
 *
 * @example
 * new ValidationError([{ code: 'negative', message: 'reach must not be negative', path: ['reach'] }]).path; // ['reach']
 */
export class ValidationError extends SocialKitError {
  /** Every problem found, in input order. */
  declare readonly issues: readonly ValidationIssue[];

  /**
   * @param issues - the problems found (at least one)
   * @param message - an overall message; by default the issues' messages, one per line (each names its field)
   */
  constructor(issues: readonly ValidationIssue[], message?: string) {
    super('validation', message ?? (issues.map((i) => i.message).join('\n') || 'Invalid input.'), { path: issues[0]?.path ?? [], details: { issues } });
    this.name = 'ValidationError';
    this.issues = issues;
  }
}

/**
 * Creates a {@link ValidationError} with a single issue. The helper every guard uses.
 *
 * @param code - the issue code
 * @param message - what is wrong
 * @param path - where it is wrong
 * @returns the error, ready to throw
 * @example
 * invalid('negative', 'reach must not be negative, got -1', 'reach').path; // ['reach']
 */
export function invalid(code: IssueCode, message: string, path: PathInput = []): ValidationError {
  // Private (core/internal.ts): its callers are typed, so no defensive checks (they would weigh on every formula's bundle).
  return new ValidationError([{ code, message, path: toPath(path) }]);
}

/**
 * Amounts in two different currencies were combined (added, compared,
 * summarized). Convert them first; socialkit never guesses an exchange rate.
 *
 * @example
 * new CurrencyMismatchError('EUR', 'USD').message; // 'Cannot combine amounts in EUR and USD: convert them to one currency first.'
 */
export class CurrencyMismatchError extends SocialKitError {
  /** The currency already in use. */
  readonly expected: string;
  /** The currency that did not match it. */
  readonly actual: string;

  /**
   * @param expected - the currency already in use
   * @param actual - the currency that did not match
   * @param options - path and cause
   */
  constructor(expected: string, actual: string, options: Omit<SocialKitErrorOptions, 'details'> = {}) {
    super('currencyMismatch', `Cannot combine amounts in ${expected} and ${actual}: convert them to one currency first.`, {
      ...options,
      details: { expected, actual },
    });
    this.name = 'CurrencyMismatchError';
    this.expected = expected;
    this.actual = actual;
  }
}

/**
 * An allocation or an optimizer was asked for the impossible (a budget below
 * the sum of the minimums, weights that are all zero). The message says why.
 * Planners do not throw it: they return their best plan with findings.
 *
 * @example
 * new InfeasibleError('The minimums (1200 EUR) exceed the budget (1000 EUR).').code; // 'infeasible'
 */
export class InfeasibleError extends SocialKitError {
  /**
   * @param reason - why the request cannot be met
   * @param options - path, details and cause
   */
  constructor(reason: string, options: SocialKitErrorOptions = {}) {
    super('infeasible', reason, options);
    this.name = 'InfeasibleError';
  }
}

/**
 * A workflow or an incident was moved in a way its state machine forbids.
 *
 * @example
 * new TransitionError('draft', 'publish').message; // "Cannot publish from status 'draft'."
 */
export class TransitionError extends SocialKitError {
  /** The state the subject was in. */
  readonly from: string;
  /** The action or target state that was refused. */
  readonly action: string;

  /**
   * @param from - the current state
   * @param action - the refused action
   * @param reason - why it is refused; by default a generic sentence
   * @param options - path and cause
   */
  constructor(from: string, action: string, reason?: string, options: Omit<SocialKitErrorOptions, 'details'> = {}) {
    super('transition', reason ?? `Cannot ${action} from status '${from}'.`, { ...options, details: { from, action } });
    this.name = 'TransitionError';
    this.from = from;
    this.action = action;
  }
}
