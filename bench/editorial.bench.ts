/**
 * measureText for X against twitter-text's parseTweet on 100,000 generated
 * posts (ASCII, accented French, CJK, emoji with ZWJ and skin tones, URLs;
 * no emoji newer than twitter-text's data): identical weighted lengths on
 * every string, and the time of each.
 */
import twitterText from 'twitter-text';
import { measureText } from '../src/editorial/index.js';
import { xCorpus } from './editorial-corpus.js';
import { medianMs, type BenchRow } from './types.js';

const COUNT = 100_000;

export async function run(): Promise<BenchRow[]> {
  const corpus = xCorpus(COUNT);
  let mismatches = 0;
  for (const text of corpus) if (measureText(text, 'x').length !== twitterText.parseTweet(text).weightedLength) mismatches += 1;
  let sink = 0;
  const oracle = await medianMs(() => {
    for (const text of corpus) sink += twitterText.parseTweet(text).weightedLength;
  });
  const ours = await medianMs(() => {
    for (const text of corpus) sink += measureText(text, 'x').length;
  });
  const ratio = oracle / ours;
  const chars = corpus.reduce((sum, t) => sum + t.length, 0);
  return [
    {
      name: `measureText(text, 'x') vs twitter-text parseTweet, ${COUNT.toLocaleString('en')} posts (${(chars / 1e6).toFixed(1)} M UTF-16 units)`,
      result: `${ours.toFixed(0)} ms vs ${oracle.toFixed(0)} ms: ${ratio.toFixed(1)}× faster; ${mismatches} mismatches${sink === 0 ? '' : ''}`,
      target: '≥ 5× faster, 0 mismatches',
      pass: ratio >= 5 && mismatches === 0,
    },
  ];
}
