import * as z from 'zod';
import { describeValue } from './describe-value.js';
import { formatPath, invalid, toPath, ValidationError, type Path, type PathInput, type ValidationIssue } from './errors.js';
import { ISSUE_CODES, type IssueCode } from './issue-codes.js';
import { MAX_ISSUES, readOptions, unknownKeyIssue } from './read-options.js';
import { suggestKey } from './suggest-key.js';

type ZodIssue = z.core.$ZodIssue;

// zod's `invalid_format` formats that have a socialkit code of their own.
const FORMAT_CODES: Readonly<Record<string, IssueCode>> = { date: 'invalidDate', datetime: 'invalidDate', time: 'invalidTime', url: 'invalidUrl' };

/**
 * The socialkit code of a zod issue: `invalid_type` → `invalidType`,
 * `too_small` / `too_big` / `not_multiple_of` → `outOfRange`,
 * `unrecognized_keys` → `unknownKey`, `invalid_value` / `invalid_union` /
 * `invalid_key` / `invalid_element` → `invalidValue`, `invalid_format` →
 * `invalidDate`, `invalidTime`, `invalidUrl` or `invalidFormat` by format, and
 * `custom` → the code its refinement gives in `params.code` (else `invalidValue`).
 * So the same bad value gets the same code through a guard and through a schema.
 *
 * @param issue - a zod issue
 * @returns its issue code
 * @example
 * issueCodeOf(z.number().safeParse('x').error!.issues[0]); // 'invalidType'
 * issueCodeOf(z.number().max(1).safeParse(2).error!.issues[0]); // 'outOfRange'
 */
export function issueCodeOf(issue: ZodIssue): IssueCode {
  switch (issue.code) {
    case 'invalid_type':
      return 'invalidType';
    case 'too_small':
    case 'too_big':
    case 'not_multiple_of':
      return 'outOfRange';
    case 'unrecognized_keys':
      return 'unknownKey';
    case 'invalid_format':
      return FORMAT_CODES[issue.format] ?? 'invalidFormat';
    case 'custom': {
      const code: unknown = (issue.params as { code?: unknown } | undefined)?.code;
      return typeof code === 'string' && Object.hasOwn(ISSUE_CODES, code) ? (code as IssueCode) : 'invalidValue';
    }
    case "invalid_element":
    case "invalid_key":
    case "invalid_union":
    case "invalid_value":
      return 'invalidValue';
  }
}

// The keys of the object schema at a path of a schema (best effort through
// wrappers, arrays, records, unions and pipes), for the suggestion of an unknown key.
function keysAt(schema: z.core.$ZodType | undefined, path: readonly PropertyKey[]): string[] | undefined {
  let node = schema;
  for (let depth = 0; node !== undefined && depth < 64; depth += 1) {
    const def = node._zod.def as unknown as Record<string, unknown> & { type: string };
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'catch':
      case 'nonoptional':
        node = def.innerType as z.core.$ZodType;
        continue;
      case 'pipe':
        node = def.in as z.core.$ZodType;
        continue;
      case 'lazy':
        node = (def.getter as () => z.core.$ZodType)();
        continue;
      case 'object': {
        const shape = def.shape as Record<string, z.core.$ZodType>;
        if (path.length === 0) return Object.keys(shape);
        node = shape[String(path[0])];
        path = path.slice(1);
        continue;
      }
      case 'array':
        if (path.length === 0) return undefined;
        node = def.element as z.core.$ZodType;
        path = path.slice(1);
        continue;
      case 'record':
        if (path.length === 0) return undefined;
        node = def.valueType as z.core.$ZodType;
        path = path.slice(1);
        continue;
      case 'union': {
        const keys = new Set<string>();
        for (const option of def.options as z.core.$ZodType[]) for (const k of keysAt(option, path) ?? []) keys.add(k);
        return keys.size === 0 ? undefined : [...keys];
      }
      default:
        return undefined;
    }
  }
  return undefined;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = Object.hasOwn(node, key) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return node;
}

// socialkit issues for one zod issue: one per unknown key (with a suggestion),
// and a missing field names a similar key the object does have.
// A failed union: report the branch the value was meant for, the one with the
// fewest structural mismatches (a type mismatch at the union itself, an
// unknown key, a missing field); a bare number given where a number or a
// { value, source } fact is allowed fails the fact branch on its type and its
// own branch on its range: the range is the problem to report. When every
// branch fails at the union itself, the first branch (the primary form) says
// what was expected.
function unionBranch(issue: ZodIssue & { code: 'invalid_union' }, input: unknown, hasInput: boolean): readonly ZodIssue[] | undefined {
  const errors = (issue as { errors?: readonly (readonly ZodIssue[])[] }).errors ?? [];
  let best: readonly ZodIssue[] | undefined;
  let bestScore = Infinity;
  let tie = false;
  for (const branch of errors) {
    let score = 0;
    for (const i of branch) {
      if (i.code === 'invalid_type' && i.path.length === 0) score += 1000;
      else if (i.code === 'unrecognized_keys') score += i.keys.length;
      else if (i.code === 'invalid_type' && hasInput && valueAt(input, [...issue.path, ...i.path]) === undefined) score += 1;
    }
    if (score < bestScore) {
      best = branch;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  if (best === undefined || best.length === 0) return undefined;
  if (bestScore >= 1000) return errors[0];
  return tie ? undefined : best;
}

function mapIssue(issue: ZodIssue, base: Path, schema: z.core.$ZodType | undefined, input: unknown, hasInput: boolean): ValidationIssue[] {
  const inner = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const path = [...base, ...inner];
  if (issue.code === 'invalid_union') {
    const branch = unionBranch(issue, input, hasInput);
    if (branch !== undefined) return branch.flatMap((i) => mapIssue({ ...i, path: [...issue.path, ...i.path] }, base, schema, input, hasInput));
  }
  if (issue.code === 'unrecognized_keys') {
    const allowed = keysAt(schema, issue.path) ?? [];
    return issue.keys.map((key) => ({ ...unknownKeyIssue(key, [...path, key], allowed, allowed.length === 0 ? 'a known field' : 'a field'), path: [...path, key] }));
  }
  let message = issue.message;
  if (issue.code === 'invalid_type' && hasInput && inner.length > 0) {
    const parent = valueAt(input, issue.path.slice(0, -1));
    const key = inner[inner.length - 1];
    if (typeof key === 'string' && typeof parent === 'object' && parent !== null && !Object.hasOwn(parent, key)) {
      const similar = suggestKey(key, Object.keys(parent).slice(0, 1000));
      message = `${formatPath(path)} is required${similar === undefined ? '' : ` (the input has \`${similar}\`: a misspelling of \`${key}\`?)`}`;
    }
  }
  let code = issueCodeOf(issue);
  // NaN and ±Infinity where a number is expected: the codes of the number guards.
  if (issue.code === 'invalid_type' && issue.expected === 'number' && hasInput) {
    const value = valueAt(input, issue.path);
    if (typeof value === 'number') code = Number.isNaN(value) ? 'notANumber' : 'notFinite';
  }
  return [{ code, message, path }];
}

function pretty(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => `✖ ${i.message}${i.path.length === 0 ? '' : `\n  → at ${formatPath(i.path)}`}`).join('\n');
}

function fromZod(error: z.ZodError, o: { name?: unknown; path?: PathInput }, schema: z.core.$ZodType | undefined, input: unknown, hasInput: boolean): ValidationError {
  const base = o.path === undefined ? [] : toPath(o.path);
  const issues: ValidationIssue[] = [];
  for (const issue of error.issues) {
    if (issues.length >= MAX_ISSUES) break;
    for (const mapped of mapIssue(issue, base, schema, input, hasInput)) if (issues.length < MAX_ISSUES) issues.push(mapped);
  }
  const text = pretty(issues);
  return new ValidationError(issues, typeof o.name === 'string' ? `Invalid ${o.name}:\n${text}` : text);
}

/**
 * Turns a zod error into a {@link ValidationError}: socialkit issue codes
 * (see {@link issueCodeOf}), each with its path; an unknown key becomes one
 * `unknownKey` issue per key; at most 100 issues; the message lists them the
 * way `z.prettifyError` does.
 *
 * @param error - the zod error
 * @param options - `name`, a word for what was parsed (`'Persona'`), shown first; `path`, prepended to every issue's path
 * @returns the ValidationError
 * @throws {ValidationError} `invalidType` when `error` is not a ZodError
 * @example
 * const r = z.object({ reach: z.number() }).safeParse({ reach: 'x' });
 * validationErrorFromZod(r.error!).issues[0].path; // ['reach']
 * validationErrorFromZod(r.error!).issues[0].code; // 'invalidType'
 */
export function validationErrorFromZod(error: z.ZodError, options: { name?: string; path?: PathInput } = {}): ValidationError {
  if (!(error instanceof z.ZodError)) {
    throw invalid('invalidType', `error must be a ZodError (the error of a failed safeParse), got ${describeValue(error)}`, 'error');
  }
  const o = readOptions<{ name?: string; path?: PathInput }>(options, 'options', ['name', 'path']);
  return fromZod(error, o, undefined, undefined, false);
}

/**
 * Parses a value with a zod schema at a function's boundary, throwing a
 * socialkit {@link ValidationError} (never a raw `ZodError`) that lists every
 * problem (up to 100) with socialkit issue codes; an unknown key comes with
 * the nearest allowed key, a missing field with a similar key the input has.
 *
 * @param schema - the schema
 * @param input - the value to parse
 * @param options - `name` of what is parsed, for the message; `path` to prepend to issue paths
 * @returns the parsed output (a new value: the input is not mutated)
 * @throws {ValidationError} when the input does not match the schema
 * @example
 * parseWithSchema(z.number().int(), 3); // 3
 * parseWithSchema(z.number().int(), 1.5, { name: 'count' }); // throws ValidationError
 */
export function parseWithSchema<S extends z.ZodType>(schema: S, input: unknown, options: { name?: string; path?: PathInput } = {}): z.output<S> {
  if (!(schema instanceof z.ZodType)) throw invalid('invalidType', `schema must be a zod schema, got ${describeValue(schema)}`, 'schema');
  const o = readOptions<{ name?: string; path?: PathInput }>(options, 'options', ['name', 'path']);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw fromZod(result.error, o, schema, input, true);
}
