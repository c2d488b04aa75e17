import { expect } from 'vitest';
import { SocialKitError, ValidationError } from '../../src/core/index.js';

/**
 * Expects `fn` to throw a ValidationError whose first issue has `code` and `path`.
 *
 * @param fn - the call
 * @param code - the expected issue code
 * @param path - the expected path (optional)
 * @returns the error
 */
export function expectValidation(fn: () => unknown, code: string, path?: readonly (string | number)[]): ValidationError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ValidationError);
  const error = caught as ValidationError;
  expect(error.issues[0]?.code).toBe(code);
  if (path !== undefined) expect(error.path).toEqual(path);
  return error;
}

/**
 * Expects `fn` to throw a SocialKitError with `code`.
 *
 * @param fn - the call
 * @param code - the error's code
 * @returns the error
 */
export function expectSocialKitError(fn: () => unknown, code: string): SocialKitError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(SocialKitError);
  expect((caught as SocialKitError).code).toBe(code);
  return caught as SocialKitError;
}

/**
 * Freezes a value and everything it holds.
 *
 * @param value - anything
 * @returns the same value, frozen
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
