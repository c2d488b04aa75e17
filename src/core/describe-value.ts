/**
 * Describes any value briefly and safely for an error message: long strings
 * are cut, objects are named by kind, nothing is ever executed (no `toString`
 * of the caller's objects is called).
 *
 * @param value - anything
 * @returns a short description such as `-1`, `"abc"`, `NaN`, `an object`
 * @example
 * describeValue(-1); // '-1'
 * describeValue('x'.repeat(100)); // '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" (100 characters)'
 * describeValue(undefined); // 'undefined'
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return value.length > 40 ? `${JSON.stringify(value.slice(0, 32)).slice(0, -1)}…" (${value.length} characters)` : JSON.stringify(value);
  }
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${String(value)}n`;
  if (value === null || value === undefined || typeof value === 'boolean') return String(value);
  if (typeof value !== 'object') return `a ${typeof value}`;
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : `the Date ${value.toISOString()}`;
  return 'an object';
}
