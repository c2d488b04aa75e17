/**
 * The blackout / freeze index (issue 13): `which` answers with one binary
 * search, checked by counting comparisons and the reads of the ranges'
 * dates, and agrees with a linear scan on random ranges.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexRanges } from '../../src/calendar/feed.js';

// A Date whose getTime calls are counted.
function countedDate(ms: number, reads: { n: number }): Date {
  const d = new Date(ms);
  const get = Date.prototype.getTime;
  Object.defineProperty(d, 'getTime', { value: () => ((reads.n += 1), get.call(d)) });
  return d;
}

function naiveWhich(ranges: readonly { from: Date; to: Date }[], ms: number): number {
  return ranges.findIndex((r) => ms >= r.from.getTime() && ms < r.to.getTime());
}

describe('indexRanges', () => {
  it('which() is logarithmic: 10,000 overlapping ranges, 2,000 lookups, no date read after indexing', () => {
    const reads = { n: 0 };
    const ranges = Array.from({ length: 10_000 }, (_, i) => ({ from: countedDate(i * 1000, reads), to: countedDate(i * 1000 + 1500 + (i % 7) * 300, reads) }));
    const counter = { comparisons: 0 };
    const index = indexRanges(ranges, counter);
    reads.n = 0;
    let found = 0;
    for (let q = 0; q < 2000; q += 1) {
      const ms = q * 5003 - 1000;
      const i = index.which(ms);
      if (i >= 0) found += 1;
    }
    expect(found).toBeGreaterThan(1900);
    // The linear scan read two dates per range until the holder: millions of reads.
    expect(reads.n).toBe(0);
    // At most 2n + 1 pieces: ceil(log2(20,001)) = 15 comparisons a lookup.
    expect(counter.comparisons).toBeGreaterThan(0);
    expect(counter.comparisons).toBeLessThanOrEqual(2000 * 15);
  });

  it('which() gives the first range (in the original order) holding the instant, as a linear scan does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: -5, max: 20 })), { maxLength: 25 }),
        fc.array(fc.integer({ min: -5, max: 90 }), { minLength: 1, maxLength: 30 }),
        (spans, queries) => {
          const ranges = spans.map(([a, len]) => ({ from: new Date(a), to: new Date(a + len) }));
          const index = indexRanges(ranges);
          for (const q of queries) {
            expect(index.which(q)).toBe(naiveWhich(ranges, q));
            expect(index.has(q)).toBe(naiveWhich(ranges, q) >= 0);
          }
        },
      ),
    );
  });

  it('ranges ending where the next starts, and empty ranges', () => {
    const d = (ms: number) => new Date(ms);
    const index = indexRanges([
      { from: d(10), to: d(20) },
      { from: d(20), to: d(30) },
      { from: d(25), to: d(25) },
      { from: d(0), to: d(40) },
    ]);
    expect([5, 10, 19, 20, 25, 29, 30, 39, 40].map((ms) => index.which(ms))).toEqual([3, 0, 0, 1, 1, 1, 3, 3, -1]);
  });
});
