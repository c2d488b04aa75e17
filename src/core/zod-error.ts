import * as z from 'zod';
import { describeValue } from './describe-value.js';
import { invalid, toPath, ValidationError, type PathInput } from './errors.js';
import { readOptions } from './read-options.js';

/**
 * Turns a zod error into a {@link ValidationError}: one issue per zod issue,
 * each with zod's code (or, for a custom issue with `params.code`, that
 * code) and path, and the whole message in `z.prettifyError`'s
 * readable form.
 *
 * @param error - the zod error
 * @param options - `name`, a word for what was parsed (`'Persona'`), shown first; `path`, prepended to every issue's path
 * @returns the ValidationError
 * @example
 * const r = z.object({ reach: z.number() }).safeParse({ reach: 'x' });
 * validationErrorFromZod(r.error!).issues[0].path; // ['reach']
 */
export function validationErrorFromZod(error: z.ZodError, options: { name?: string; path?: PathInput } = {}): ValidationError {
  if (!(error instanceof z.ZodError)) {
    throw invalid('invalidType', `error must be a ZodError (the error of a failed safeParse), got ${describeValue(error)}`, 'error');
  }
  const o = readOptions<{ name?: string; path?: PathInput }>(options);
  const base = o.path === undefined ? [] : toPath(o.path);
  const issues = error.issues.map((issue) => ({
    // A socialkit guard inside a schema names its own code (`legacyTimeZone`) in the issue's params.
    code: issue.code === 'custom' && typeof issue.params?.code === 'string' ? issue.params.code : issue.code,
    message: issue.message,
    path: [...base, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
  }));
  const pretty = z.prettifyError(error);
  const message = typeof o.name === 'string' ? `Invalid ${o.name}:\n${pretty}` : pretty;
  return new ValidationError(issues, message);
}

/**
 * Parses a value with a zod schema at a function's boundary, throwing a
 * socialkit {@link ValidationError} (never a raw `ZodError`) when it does not fit.
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
  readOptions(options);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw validationErrorFromZod(result.error, options);
}
