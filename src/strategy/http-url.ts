/**
 * Internal: reading an http(s) URL argument (not exported from the module's index).
 *
 * @module
 */
import { describeValue, invalid } from '../core/internal.js';
import { isWellFormedText } from './text-guards.js';

/**
 * Parses an http or https URL with the WHATWG `URL` parser.
 *
 * @param value - a string or a `URL`
 * @param path - the field it came from
 * @returns a new `URL` (never the caller's object)
 * @throws {ValidationError} `invalidType`, `malformedText`, `invalidUrl`, `unsupportedProtocol`
 */
export function httpUrl(value: unknown, path: string): URL {
  let text: string;
  if (value instanceof URL) text = value.href;
  else if (typeof value === 'string') text = value;
  else throw invalid('invalidType', `${path} must be a URL string or a URL, got ${describeValue(value)}`, path);
  if (!isWellFormedText(text)) throw invalid('malformedText', `${path} contains a lone surrogate (broken UTF-16)`, path);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalid('invalidUrl', `${path} must be an absolute URL such as 'https://example.com/page', got ${describeValue(text)}`, path);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw invalid('unsupportedProtocol', `${path} must be an http or https URL, got the ${describeValue(url.protocol.slice(0, -1))} scheme`, path);
  }
  return url;
}
