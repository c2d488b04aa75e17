/**
 * Internal number helpers of the strategy module (not exported from its index).
 *
 * @module
 */
/**
 * Writes a number for a message: four significant digits, no exponent for everyday magnitudes.
 *
 * @param value - a finite number
 * @returns the text
 */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(4)));
}
