/**
 * A deterministic corpus of post texts for the X length benchmark and the
 * twitter-text oracle tests: ASCII and accented French words, CJK,
 * emoji with ZWJ sequences and skin tones, keycaps and flags, URLs with and
 * without protocol (paths, queries, parentheses, trailing punctuation),
 * hashtags, mentions and numbers. It holds no emoji newer than
 * twitter-text 3.1.0's data (twemoji-parser 11), so both counters must agree.
 */

/** mulberry32: a small deterministic generator of floats in [0, 1). */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ASCII = ['hello', 'world', 'social', 'media', 'new', 'collection', 'today', 'the', 'and', 'launch', 'team', 'thanks', 'OK', 'LIVE', '2027', '42', 'x2'];
const FRENCH = ['été', 'Noël', 'à', 'déjà', 'café', 'crème', 'brûlée', 'pâtisserie', 'boulangerie', 'où', 'très', 'Œuvre', 'garçon', 'fête', 'naïf', 'élève', 'aujourd’hui'];
const CJK = ['東京', '日本語', 'ニュース', '今日は', '한국어', '新品', '咖啡', 'コーヒー', '春节快乐', 'ありがとう'];
/** Emoji that twemoji-parser 11 and `\p{RGI_Emoji}` both see as one sequence. */
export const CORPUS_EMOJI = [
  '😀', '🎉', '🔥', '✨', '☕', '🥐', '❤️', '👍', '🙏', '🇫🇷', '🇯🇵', '🇨🇦',
  '👍🏽', '👋🏻', '💪🏿', '🙋🏾‍♀️', '🏃🏼‍♂️',
  '👨‍👩‍👧', '👨‍👩‍👧‍👦', '👩‍💻', '👨‍🍳', '🏳️‍🌈', '👩‍❤️‍👨', '🏴‍☠️',
  '1️⃣', '#️⃣', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '©️', '™️', '☀️', '⭐',
];
const URLS = [
  'https://boulangerie.fr/ete',
  'http://example.com',
  'https://www.example.co.uk/path/to/page?utm_source=x&b=2',
  'example.com',
  'www.socialkit.dev/docs',
  'https://fr.wikipedia.org/wiki/Pain_(aliment)',
  'https://t.co/AbC123xyz',
  'boutique.paris/soldes.',
  'https://example.com/a.b,c!',
  'shop.tokyo/新品',
  'https://xn--caf-dma.fr/menu',
  'mailto:bonjour@boulangerie.fr',
  'https://example.com:8080/x',
];
const TAGS = ['#été', '#Noël', '#東京', '#SocialKit', '#1st', '#2027', '@marie', '@boulangerie_dupain', '$AIR', '#café'];
const PUNCT = ['.', ',', '!', '?', ':', ';', '…', '—', '(', ')', '«', '»', '"', "'", '-', '/', '\n'];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

/**
 * Generates `count` texts of 3 to 40 tokens.
 *
 * @param count - how many texts
 * @param seed - the seed (same seed, same corpus)
 * @returns the texts
 */
export function xCorpus(count: number, seed = 20271): string[] {
  const random = createRandom(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const tokens = 3 + Math.floor(random() * 38);
    let text = '';
    for (let k = 0; k < tokens; k += 1) {
      const r = random();
      const token =
        r < 0.3 ? pick(random, ASCII) : r < 0.5 ? pick(random, FRENCH) : r < 0.6 ? pick(random, CJK) : r < 0.72 ? pick(random, CORPUS_EMOJI) : r < 0.8 ? pick(random, URLS) : r < 0.88 ? pick(random, TAGS) : pick(random, PUNCT);
      const glue = random() < 0.8 ? ' ' : '';
      text += k === 0 ? token : glue + token;
    }
    out.push(text);
  }
  return out;
}
