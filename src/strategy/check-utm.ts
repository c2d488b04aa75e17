import { type Finding } from '../core/index.js';
import { describeValue } from '../core/internal.js';
import { channelsOfMedium, GA4_CHANNEL_GROUPS_SOURCE } from './ga4-channel-groups.js';
import { httpUrl } from './http-url.js';
import { UTM_KEYS } from './utm-parameters.js';

/**
 * The codes of the findings that {@link checkUtm} reports (see `docs/strategy.md`).
 *
 * @example
 * UTM_FINDING_CODES.includes('mixedCase'); // true
 */
export const UTM_FINDING_CODES = Object.freeze(['ambiguousUtm', 'missingSource', 'missingMedium', 'missingCampaign', 'mixedCase', 'unknownMedium'] as const);

/** A finding code of {@link UTM_FINDING_CODES}. */
export type UtmFindingCode = (typeof UTM_FINDING_CODES)[number];

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/**
 * Checks a tracked link the way GA4 will read it, and returns what would
 * spoil the report as findings (empty when the link is fine, or carries no
 * UTM parameter):
 * - `missingSource` (error): UTM parameters without `utm_source`, which GA4 needs;
 * - `missingMedium` (warning), `missingCampaign` (warning): the session has no medium (no channel) or no campaign name;
 * - `ambiguousUtm` (error): a UTM key repeated with different values;
 * - `mixedCase` (warning): a value mixing capitals and small letters (`Instagram`): GA4 is case-sensitive, so `Instagram` and `instagram` are two sources;
 * - `unknownMedium` (warning): a `utm_medium` that meets none of GA4's default channel group rules
 *   ({@link GA4_MEDIUM_RULES}, from Google Analytics help, "[GA4] Default channel group"): the session is *Unassigned*
 *   unless its source is on one of Google's internal site lists.
 *
 * @param url - an absolute http(s) URL, as a string or a `URL`
 * @returns the findings, in the order above
 * @throws {ValidationError} `invalidType`, `invalidUrl`, `unsupportedProtocol`, `malformedText` for a link that is not an http(s) URL
 * @example
 * checkUtm('https://boulangerie-martin.fr/?utm_source=Instagram&utm_medium=social&utm_campaign=galette').map((f) => f.code); // ['mixedCase']
 * checkUtm('https://boulangerie-martin.fr/?utm_source=instagram&utm_medium=story').map((f) => f.code); // ['missingCampaign', 'unknownMedium']
 * checkUtm('https://boulangerie-martin.fr/'); // []
 */
export function checkUtm(url: string | URL): Finding[] {
  const query = httpUrl(url, 'url').searchParams;
  const found = new Map<string, string>();
  const findings: Finding[] = [];
  for (const [, key] of UTM_KEYS) {
    const values = query.getAll(key).filter((v) => v !== '');
    if (values.length === 0) continue;
    const first = values[0] as string;
    if (values.some((v) => v !== first)) {
      findings.push({
        code: 'ambiguousUtm',
        severity: 'error',
        message: `${key} appears ${values.length} times with different values (${values.map((v) => describeValue(v)).join(', ')}): keep one.`,
        path: ['url', key],
      });
    }
    found.set(key, first);
  }
  if (found.size === 0) return findings;
  const missing: Finding[] = [];
  if (!found.has('utm_source')) {
    missing.push({ code: 'missingSource', severity: 'error', message: 'The link has UTM parameters but no utm_source: GA4 cannot attribute the visit. Add utm_source (instagram, newsletter…).', path: ['url', 'utm_source'] });
  }
  if (!found.has('utm_medium')) {
    missing.push({ code: 'missingMedium', severity: 'warning', message: 'The link has no utm_medium: GA4 cannot put the visit in a channel. Add one such as social, paid_social or email.', path: ['url', 'utm_medium'] });
  }
  if (!found.has('utm_campaign')) {
    missing.push({ code: 'missingCampaign', severity: 'warning', message: 'The link has no utm_campaign: the visit will not be tied to a campaign in GA4. Add the campaign name.', path: ['url', 'utm_campaign'] });
  }
  const out = [...missing, ...findings];
  for (const [key, value] of found) {
    if (UPPER.test(value) && LOWER.test(value)) {
      out.push({
        code: 'mixedCase',
        severity: 'warning',
        message: `${key}=${describeValue(value)} mixes capitals and small letters: GA4 is case-sensitive, so ${describeValue(value)} and ${describeValue(value.toLowerCase())} count as two values. Write it in one case (usually small letters) everywhere.`,
        path: ['url', key],
      });
    }
  }
  const medium = found.get('utm_medium');
  if (medium !== undefined && channelsOfMedium(medium).length === 0) {
    out.push({
      code: 'unknownMedium',
      severity: 'warning',
      message: `utm_medium=${describeValue(medium)} matches no GA4 default channel group (${GA4_CHANNEL_GROUPS_SOURCE}): the visit will be Unassigned unless its source is a site Google lists. Use social, paid_social, email, referral, affiliate, display, cpc…`,
      path: ['url', 'utm_medium'],
    });
  }
  return out;
}
