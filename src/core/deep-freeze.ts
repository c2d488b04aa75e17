/**
 * Deep-freezing of the library's exported data. Internal: not exported from
 * core's index.
 *
 * @module
 */

/**
 * Freezes an array or plain object and, recursively, every array and plain
 * object inside it, so that no caller can change the data the library reads
 * (`WEEKDAYS.sort()`, `platforms.x.text.limit.value = 1`). Class instances
 * (a `Decimal`, a `RegExp`, a zod schema) and functions are left as they are.
 *
 * @param value - the data
 * @returns the same value, frozen
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return value;
  if (Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  return value;
}
