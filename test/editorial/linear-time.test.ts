import { describe, expect, it } from 'vitest';
import { type PlatformId, platforms } from '../../src/core/index.js';
import { entitySpans } from '../../src/editorial/extract-entities.js';
import { type ScanStats } from '../../src/editorial/x-url-scanner.js';
import { xWeightedUnits } from '../../src/editorial/x-weighted-length.js';

const weighting = platforms.x.text.weighting!.value;

/** Adversarial inputs: each is a repeated unit (plus an optional tail), so its size grows linearly with `n`. */
const INPUTS: [string, (n: number) => string][] = [
  ['#', (n) => '#'.repeat(n)],
  ['@', (n) => '@'.repeat(n)],
  ['.', (n) => '.'.repeat(n)],
  ['a', (n) => 'a'.repeat(n)],
  ['emoji', (n) => '👨‍👩‍👧'.repeat(n)],
  ['combining marks', (n) => `e${'\u0301'.repeat(n)}`],
  ['labels without TLD', (n) => 'a.'.repeat(n)],
  ['labels with TLDs', (n) => `${'co.'.repeat(n)}x`],
  ['accented run before a dot', (n) => `${'é'.repeat(n)}.com`],
  ['unclosed parentheses in a path', (n) => `a.co/${'(x'.repeat(n)}`],
  ['protocols', (n) => 'https://'.repeat(n)],
  ['punycode', (n) => `a.xn--${'a'.repeat(n)}`],
  ['hashtag bodies', (n) => '#a'.repeat(n)],
  ['mentions with servers', (n) => '@a@b'.repeat(n)],
  ['handles', (n) => `@${'a.'.repeat(n)}`],
  ['cashtags', (n) => '$A $'.repeat(n)],
  ['long query', (n) => `a.co?${'!'.repeat(n)}`],
];

function work(text: string, count: (text: string, stats: ScanStats) => void): number {
  const stats = { steps: 0 };
  count(text, stats);
  return stats.steps;
}

const counters: [string, (text: string, stats: ScanStats) => void][] = [
  ['the X weighted count', (text, stats) => xWeightedUnits(text, weighting, 23, stats)],
  ...(['x', 'mastodon', 'bluesky', 'instagram'] as PlatformId[]).map(
    (p) => [`entity extraction (${p})`, (text: string, stats: ScanStats) => entitySpans(text, p, stats)] as [string, (text: string, stats: ScanStats) => void],
  ),
];

describe('linear time: 10 times the adversarial input, about 10 times the work (characters examined)', () => {
  for (const [counter, count] of counters) {
    it.each(INPUTS)(`${counter}: %s`, (_name, make) => {
      const small = work(make(10_000), count);
      const large = work(make(100_000), count);
      expect(small).toBeGreaterThan(0);
      expect(large / small).toBeGreaterThan(8);
      expect(large / small).toBeLessThan(12);
    });
  }
});
