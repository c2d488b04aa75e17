/**
 * twitter-text's conformance cases for the weighted length, as data:
 * https://github.com/twitter/twitter-text/blob/master/conformance/tests/validate.yml
 * (groups `WeightedTweetsWithDiscountedEmojiCounterTest` and
 * `UnicodeDirectionalMarkerCounterTest`, which use config v3, and the
 * `lengths` cases that config v3 counts the same way). Texts with long runs
 * are written as expressions; invisible characters as escapes.
 */
export interface WeightedLengthCase {
  /** The case's description in validate.yml. */
  description: string;
  /** The text. */
  text: string;
  /** The expected `weightedLength`. */
  weightedLength: number;
}

export const WEIGHTED_LENGTH_CASES: readonly WeightedLengthCase[] = [
  { description: "Count the number of characters", text: "This is a test.", weightedLength: 15 },
  { description: "Count a URL starting with http:// as 23 characters", text: "http://test.com", weightedLength: 23 },
  { description: "Count a URL starting with https:// as 23 characters", text: "https://test.com", weightedLength: 23 },
  { description: "Count a URL without protocol as 23 characters", text: "test.com", weightedLength: 23 },
  { description: "Count multiple URLs correctly", text: "Test https://test.com test https://test.com test.com test", weightedLength: 86 },
  { description: "Regular Tweet with url", text: "Hi http://test.co", weightedLength: 26 },
  { description: "Just url", text: "http://test.co", weightedLength: 23 },
  { description: "Long tweet, overflow at char index 280", text: '285 chars-' + 'xxxxxxxxxx-'.repeat(25), weightedLength: 285 },
  { description: "Long tweet with url in the middle, overflow at char index 284", text: '285 chars- http://www.twitter.com/jack ' + 'xxxxxxxxxx-'.repeat(24), weightedLength: 299 },
  { description: "Long tweet with url at the end, overflow at char index 265", text: 'xxxxxxxxxx-'.repeat(24) + ' http://www.twitter.com/jack ', weightedLength: 289 },
  { description: "10 url string, no overflow", text: 'https://www.twitter.com/aloha '.repeat(10), weightedLength: 240 },
  { description: "160 CJK char, overflow at char index 140", text: "故人西辞黄鹤楼，烟花三月下扬州。孤帆远影碧空尽，唯见长江天际流。朱雀桥边野草花，乌衣巷口夕阳斜。旧时王谢堂前燕，飞入寻常百姓家。朝辞白帝彩云间，千里江陵一日还。两岸猿声啼不住，轻舟已过万重山。泪湿罗巾梦不成，夜深前殿按歌声。红颜未老恩先断，斜倚薰笼坐到明。独在异乡为异客，每逢佳节倍思亲。遥知兄弟登高处，遍插茱萸少一人。", weightedLength: 320 },
  { description: "160 emoji char, overflow at char index 140", text: '\u{1F637}'.repeat(160), weightedLength: 320 },
  { description: "3 latin char + 160 CJK char, overflow at char index 141", text: "the故人西辞黄鹤楼，烟花三月下扬州。孤帆远影碧空尽，唯见长江天际流。朱雀桥边野草花，乌衣巷口夕阳斜。旧时王谢堂前燕，飞入寻常百姓家。朝辞白帝彩云间，千里江陵一日还。两岸猿声啼不住，轻舟已过万重山。泪湿罗巾梦不成，夜深前殿按歌声。红颜未老恩先断，斜倚薰笼坐到明。独在异乡为异客，每逢佳节倍思亲。遥知兄弟登高处，遍插茱萸少一人。", weightedLength: 323 },
  { description: "282 chars with a normalized character within valid range but outside 280", text: '282 chars-' + 'xxxxxxxxxx-'.repeat(24) + 'xxxxxA\u0301x', weightedLength: 281 },
  { description: "Count a mix of single byte single word, and double word unicode characters", text: 'H\u{1F431}\u263A\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}', weightedLength: 7 },
  { description: "Count unicode emoji chars inside the basic multilingual plane", text: '\u{1F637}\u{1F47E}\u{1F621}\u{1F525}\u{1F4A9}', weightedLength: 10 },
  { description: "Count unicode emoji chars outside the basic multilingual plane with skin tone modifiers", text: '\u{1F64B}\u{1F3FD}\u{1F468}\u200D\u{1F3A4}', weightedLength: 4 },
  { description: "Handle General Punctuation Characters with visible spaces(u2000-200A), no ZWJ/ZWNJ", text: 'This is a tweet with general punctuation characters: \u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B \u2010 \u2011 \u2012 \u2013 \u2014 \u2015 \u2016  \u2017 \u2018 \u2019 \u201A \u201B \u201C \u201D \u201E \u201F \u2032 \u2033 \u2034 \u2035 \u2036 \u2037', weightedLength: 110 },
  { description: "Handle long url with invalid domain labels and short url (the two long URLs rebuilt to the file's length, 12,076 characters)", text: 'Long url with invalid domain labels and a short url: https://' + 'somesuperlongurl'.repeat(374) + '.com/foo https://' + 'somesuperlongurl'.repeat(374) + 's.com/foo https://validurl.com', weightedLength: 12079 },
  { description: "Handle a 64 character domain without protocol", text: "randomurlrandomurlrandomurlrandomurlrandomurlrandomurlrandomurls.com", weightedLength: 68 },
  { description: "Do not allow > 140 CJK characters by virtue of CJK chars greater than 63 punycode encoded chars in the host", text: "あいうえおかきくけこあいうえおかきくけこあいうえおかきくけこあいうえおかきくけこあいうえおかきくけこあいうえおかきくけこあいうえおかきくけこあいうえおかきくけこあいうえおかきくけこあいうえおかきくけこあいうえおかきくけこあいうえおかきくけこ http://あいうえおかきくけこあいうえおかきくけこあいうえおかきくけこあいうえおかきくけこあいうえおかきくけこあいう.com", weightedLength: 358 },
  { description: "Allow > 140 CJK characters by virtue of CJK chars less than 63 punycode encoded chars in the host", text: "あいうえおかきくけこあいうえおかきくけこあいうえおかきくけこあいうえおかきくけこあいうえおかきくけこあいうえおかきくけこあいうえおかきくけこあいうえおかきくけこあいうえおかきくけこあいうえおかきくけこあいうえおかきくけこあいうえおかきくけこ http://あいうえおかきくけこあいうえおかきくけこあいうえおかきくけこあいうえおかきくけこあいうえおかきくけこあい.com", weightedLength: 264 },
  { description: "140 family emoji", text: '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}'.repeat(140), weightedLength: 280 },
  { description: "Unicode 10.0 emoji", text: 'Unicode 10.0 emoji: \u{1F92A}; \u{1F9D5}; \u{1F9D5}\u{1F3FE}; \u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}', weightedLength: 34 },
  { description: "Unicode 9.0 emoji", text: 'Unicode 9.0 emoji: \u{1F920}; \u{1F483}; \u{1F483}\u{1F3FE}', weightedLength: 29 },
  { description: "Handle invalid characters", text: 'ABC\u202A\uFFFFABC\uFFFE', weightedLength: 12 },
  { description: "Tweet text containing directional characters should be considered valid", text: '\u2066\u202Ahttp://foobar.\u067E\u0627\u06A9\u0633\u062A\u0627\u0646/\u202C\u2069', weightedLength: 31 },
];
