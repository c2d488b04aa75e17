import {
  ASCII_DOMAIN_RANGES,
  DOMAIN_RANGES,
  PATH_END_RANGES,
  PATH_RANGES,
  PRECEDING_RANGES,
  QUERY_END_RANGES,
  QUERY_RANGES,
} from './data/url-chars.js';

/** A URL path character. */
export const C_PATH = 1;
/** A character a URL path may end with. */
export const C_PATH_END = 2;
/** A query string character. */
export const C_QUERY = 4;
/** A character a query string may end with. */
export const C_QUERY_END = 8;
/** A label character of a URL written without protocol. */
export const C_ASCII_DOMAIN = 16;
/** A domain label character. */
export const C_DOMAIN = 32;
/** A character that may precede a URL. */
export const C_PRECEDING = 64;

function build(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const classes: readonly [number, readonly (readonly [number, number])[]][] = [
    [C_PATH, PATH_RANGES],
    [C_PATH_END, PATH_END_RANGES],
    [C_QUERY, QUERY_RANGES],
    [C_QUERY_END, QUERY_END_RANGES],
    [C_ASCII_DOMAIN, ASCII_DOMAIN_RANGES],
    [C_DOMAIN, DOMAIN_RANGES],
    [C_PRECEDING, PRECEDING_RANGES],
  ];
  for (const [flag, ranges] of classes) {
    for (const [first, last] of ranges) {
      for (let c = first; c <= last; c += 1) table[c] = (table[c] as number) | flag;
    }
  }
  return table;
}

/**
 * The class flags of every UTF-16 code unit, for twitter-text's URL grammar
 * (built once from the generated ranges; never written to afterwards).
 */
export const URL_CHAR_CLASSES: Readonly<Uint8Array> = build();
