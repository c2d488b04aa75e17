import { type Ratio, ratio } from '../core/index.js';
import { count, invalid } from '../core/internal.js';
import { formulaArgs } from './internal/args.js';

/**
 * The denominators a conversion rate can be taken over, and who uses which:
 * `clicks` (most ad platforms' post-click rate), `interactions` (Google Ads:
 * clicks, video views and other interactions), `sessions` (GA4 session key
 * event rate, web analytics) and `impressions` (conversions per display, as
 * some X (Twitter) reports compute it).
 *
 * @example
 * CONVERSION_BASES.length; // 4
 */
export const CONVERSION_BASES = Object.freeze(['clicks', 'interactions', 'sessions', 'impressions'] as const);

/** A conversion rate's denominator: `'clicks'`, `'interactions'`, `'sessions'` or `'impressions'`. */
export type ConversionBase = (typeof CONVERSION_BASES)[number];

/**
 * The argument of {@link conversionRate}: `conversions` and exactly one
 * denominator. The type admits one denominator only; the function checks it
 * again at run time.
 */
export type ConversionRateInput = { conversions: number } & (
  | { clicks: number; interactions?: undefined; sessions?: undefined; impressions?: undefined }
  | { interactions: number; clicks?: undefined; sessions?: undefined; impressions?: undefined }
  | { sessions: number; clicks?: undefined; interactions?: undefined; impressions?: undefined }
  | { impressions: number; clicks?: undefined; interactions?: undefined; sessions?: undefined }
);

/**
 * Conversion rate over the denominator you name, because vendors differ:
 * Google Ads divides by interactions, most social ad managers by clicks, web
 * analytics by sessions, some X reports by impressions. It can exceed 1 when
 * one interaction leads to several conversions (Google counts "every"
 * conversion that way).
 *
 * Formula: conversions / denominator. Unit: a fraction.
 * Source: Google Ads Help, "Conversion rate: Definition" ("if you had 50 conversions from 1,000 interactions,
 * your conversion rate would be 5%"), https://support.google.com/google-ads/answer/2684489
 *
 * @param input - `conversions` and exactly one of `clicks`, `interactions`, `sessions`, `impressions`
 * @returns the rate, or `null` when the denominator is 0
 * @throws {ValidationError} `missingField` when no denominator is given, `ambiguousDenominator` when two or more are (naming them), or a count that is not a whole number ≥ 0
 * @example
 * conversionRate({ conversions: 50, interactions: 1000 }); // 0.05
 * conversionRate({ conversions: 1, clicks: 25 }); // 0.04
 * conversionRate({ conversions: 1, clicks: 25, sessions: 30 }); // throws ValidationError: give exactly one denominator (got clicks and sessions)
 */
export function conversionRate(input: ConversionRateInput): Ratio {
  const args = formulaArgs(input, 'conversionRate({ conversions, clicks | interactions | sessions | impressions })');
  const conversions = count(args.conversions, 'conversions');
  const given: ConversionBase[] = [];
  for (const base of CONVERSION_BASES) {
    if (Object.hasOwn(args, base) && args[base] !== undefined) given.push(base);
  }
  if (given.length === 0) {
    throw invalid(
      'missingField',
      'conversionRate needs one denominator: clicks, interactions, sessions or impressions (none was given)',
      [],
    );
  }
  if (given.length > 1) {
    throw invalid(
      'ambiguousDenominator',
      `conversionRate takes exactly one denominator, got ${given.join(' and ')}: pass only the one your report divides by`,
      given[1],
    );
  }
  const base = given[0] as ConversionBase;
  return ratio(conversions, count(args[base], base));
}
