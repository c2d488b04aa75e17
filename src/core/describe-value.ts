/**
 * Describes any value briefly and safely for an error message: long strings
 * are cut, objects are named by kind, nothing is ever executed (no `toString`
 * of the caller's objects is called).
 *
 * @param value - anything
 * @returns a short description such as `-1`, `"abc"`, `NaN`, `an object`
 * @example
 * describeValue(-1); // '-1'
 * describeValue({ reach: 1 }); // 'an object'
 * describeValue('x'.repeat(100)); // '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" (100 characters)'
 * describeValue(undefined); // 'undefined'
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return value.length > 40 ? `${JSON.stringify(`${value.slice(0, 32)}…`)} (${value.length} characters)` : JSON.stringify(value);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value === undefined) return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : 'a Date';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return value === null ? 'null' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
