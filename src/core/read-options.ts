import { describeValue } from './describe-value.js';
import { formatPath, invalid, toPath, ValidationError, type PathInput, type ValidationIssue } from './errors.js';
import { suggestKey } from './suggest-key.js';

/** How many issues one {@link ValidationError} lists at most. */
export const MAX_ISSUES = 100;

/**
 * Reads a function's options argument, strictly: `undefined` becomes `{}`, a
 * plain object is returned as it is when every one of its keys is allowed,
 * anything else (null, an array, a Date, a string, a number) is refused with
 * a message that says what was expected, and a key the function does not
 * take is refused with the nearest allowed key as a suggestion
 * (`suggestKey`), so a misspelt option is an error, never silently ignored.
 * Every socialkit function that takes options starts with it.
 *
 * @param value - the options argument as the caller passed it
 * @param path - the argument's name for the error (`'options'`)
 * @param allowedKeys - the keys the options may have
 * @returns the options object
 * @throws {ValidationError} `invalidType` when `value` is not a plain object; `unknownKey` for each key not in `allowedKeys` (all listed, up to 100)
 * @example
 * readOptions(undefined, 'options', ['locale']); // {}
 * readOptions({ locale: 'fr-FR' }, 'options', ['locale', 'digits']); // { locale: 'fr-FR' }
 * readOptions({ digit: 3 }, 'options', ['locale', 'digits']); // throws ValidationError: options.digit is not an option: did you mean `digits`?
 * readOptions('fr-FR', 'options', ['locale']); // throws ValidationError: options must be an object
 */
export function readOptions<T extends object = Record<string, unknown>>(value: unknown, path: PathInput, allowedKeys: readonly (keyof T & string)[]): Partial<T> {
  if (value === undefined) return {};
  const proto: unknown = typeof value === 'object' && value !== null ? Object.getPrototypeOf(value) : undefined;
  if (typeof value !== 'object' || value === null || (proto !== Object.prototype && proto !== null)) {
    throw invalid('invalidType', `${formatPath(path)} must be an object of named settings, got ${describeValue(value)}`, path);
  }
  let issues: ValidationIssue[] | undefined;
  for (const key in value) {
    if (!Object.hasOwn(value, key) || allowedKeys.includes(key as keyof T & string)) continue;
    issues ??= [];
    if (issues.length < MAX_ISSUES) issues.push(unknownKeyIssue(key, [...toPath(path), key], allowedKeys));
  }
  if (issues !== undefined) throw new ValidationError(issues);
  return value;
}

/**
 * The `unknownKey` issue of one key an object may not have, with the
 * suggestion of {@link suggestKey} and the keys it may have.
 *
 * @param key - the unknown key
 * @param path - the key's path (the object's path and the key)
 * @param allowedKeys - the keys the object may have
 * @param what - what a key is, in the message (`'an option'`, `'a field'`)
 * @returns the issue
 * @example
 * unknownKeyIssue('currncy', ['options', 'currncy'], ['by', 'currency']).message;
 * // 'options.currncy is not an option: did you mean `currency`? (options: by, currency)'
 */
export function unknownKeyIssue(key: string, path: PathInput, allowedKeys: readonly string[], what = 'an option'): ValidationIssue {
  const suggestion = suggestKey(key, allowedKeys);
  const hint = suggestion === undefined ? '' : `: did you mean \`${suggestion}\`?`;
  const list = allowedKeys.length === 0 ? '' : ` (${what === 'an option' ? 'options' : 'fields'}: ${allowedKeys.join(', ')})`;
  return { code: 'unknownKey', message: `${formatPath(path)} is not ${what}${hint}${list}`, path: toPath(path) };
}

