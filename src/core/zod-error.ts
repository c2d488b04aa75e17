import * as z from 'zod';
import { toPath, ValidationError, type PathInput } from './errors.js';

/**
 * Turns a zod error into a {@link ValidationError}: one issue per zod issue,
 * each with zod's code and path, and the whole message in `z.prettifyError`'s
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
  const base = options.path === undefined ? [] : toPath(options.path);
  const issues = error.issues.map((issue) => ({
    code: issue.code,
    message: issue.message,
    path: [...base, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
  }));
  const pretty = z.prettifyError(error);
  const message = options.name === undefined ? pretty : `Invalid ${options.name}:\n${pretty}`;
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
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw validationErrorFromZod(result.error, options);
}
