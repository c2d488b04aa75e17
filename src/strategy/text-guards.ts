/**
 * Internal text checks of the strategy module (not exported from its index).
 *
 * @module
 */

/**
 * Tells whether a string is well-formed UTF-16 (no lone surrogate), so that
 * it can be percent-encoded as UTF-8 without being altered. Linear time.
 *
 * @param text - the string
 * @returns true when every surrogate is paired
 */
export function isWellFormedText(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i += 1;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return false;
    }
  }
  return true;
}
