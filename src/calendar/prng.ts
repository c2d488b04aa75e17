/**
 * A small seeded pseudo-random generator for tie-breaking (socialkit never
 * calls `Math.random`). Internal: not exported from the module's index.
 *
 * @module
 */

/**
 * Hashes a numeric seed and a salt into 32 bits (FNV-1a over the seed's
 * decimal form and the salt), so each platform gets its own stream.
 *
 * @param seed - a finite number
 * @param salt - a string that tells streams apart
 * @returns an unsigned 32-bit integer
 */
export function hashSeed(seed: number, salt: string): number {
  const text = `${String(seed)}|${salt}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Mulberry32: a 32-bit generator with a full period of 2³², plenty for
 * breaking ties.
 *
 * @param seed - an unsigned 32-bit integer
 * @returns a function giving numbers in [0, 1)
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
