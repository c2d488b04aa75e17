/** A rule of {@link GA4_MEDIUM_RULES}: the mediums GA4 puts in a channel, as data. */
export interface Ga4MediumRule {
  /** The default channel group(s) the medium can lead to. */
  channel: string;
  /** The rule, as Google writes it. */
  rule: string;
  /** Mediums that match exactly (compared without letter case). */
  equals?: readonly string[];
  /** Substrings a matching medium contains. */
  contains?: readonly string[];
  /** Prefixes a matching medium starts with. */
  startsWith?: readonly string[];
  /** Suffixes a matching medium ends with. */
  endsWith?: readonly string[];
}

/** Where {@link GA4_MEDIUM_RULES} come from: Google Analytics help, "[GA4] Default channel group". */
export const GA4_CHANNEL_GROUPS_SOURCE = 'https://support.google.com/analytics/answer/9756891';

const rule = (channel: string, text: string, parts: Omit<Ga4MediumRule, 'channel' | 'rule'>): Ga4MediumRule =>
  Object.freeze({ channel, rule: text, ...Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, Object.freeze([...(v as string[])])])) });

/**
 * The medium conditions of GA4's default channel groups (Google Analytics
 * help, "[GA4] Default channel group", {@link GA4_CHANNEL_GROUPS_SOURCE};
 * definitions are not case-sensitive). A `utm_medium` that meets none of
 * them lands in *Unassigned* unless its source is on one of Google's
 * internal lists of search, social, video or shopping sites, which Google
 * does not publish. Frozen.
 *
 * @example
 * GA4_MEDIUM_RULES.find((r) => r.channel === 'Email')?.equals; // ['email', 'e-mail', 'e_mail', 'e mail']
 */
export const GA4_MEDIUM_RULES: readonly Ga4MediumRule[] = Object.freeze([
  rule('Direct', 'medium exactly matches (none) or (not set), with source (direct)', { equals: ['(none)', '(not set)'] }),
  rule('Paid Search, Paid Social, Paid Video, Paid Shopping or Paid Other', 'medium matches regex ^(.*cp.*|ppc|retargeting|paid.*)$', {
    contains: ['cp'],
    equals: ['ppc', 'retargeting'],
    startsWith: ['paid'],
  }),
  rule('Display', 'medium is one of display, banner, expandable, interstitial, cpm', { equals: ['display', 'banner', 'expandable', 'interstitial', 'cpm'] }),
  rule('Organic Social', 'medium is one of social, social-network, social-media, sm, social network, social media', {
    equals: ['social', 'social-network', 'social-media', 'sm', 'social network', 'social media'],
  }),
  rule('Organic Video', 'medium matches regex ^(.*video.*)$', { contains: ['video'] }),
  rule('Organic Search', 'medium exactly matches organic', { equals: ['organic'] }),
  rule('Referral', 'medium is one of referral, app, link', { equals: ['referral', 'app', 'link'] }),
  rule('Email', 'source or medium is one of email, e-mail, e_mail, e mail', { equals: ['email', 'e-mail', 'e_mail', 'e mail'] }),
  rule('Affiliates', 'medium exactly matches affiliate', { equals: ['affiliate'] }),
  rule('Audio', 'medium exactly matches audio', { equals: ['audio'] }),
  rule('SMS', 'source or medium exactly matches sms', { equals: ['sms'] }),
  rule('Mobile Push Notifications', 'medium ends with push, or contains mobile or notification', { endsWith: ['push'], contains: ['mobile', 'notification'] }),
]);

/**
 * The channels a medium can lead to by {@link GA4_MEDIUM_RULES} (without letter case).
 *
 * @param medium - a `utm_medium` value
 * @returns the matching rules' channels, in rule order (empty: no default channel group by medium)
 */
export function channelsOfMedium(medium: string): string[] {
  const m = medium.toLowerCase();
  return GA4_MEDIUM_RULES.filter(
    (r) =>
      (r.equals?.includes(m) ?? false) ||
      (r.contains?.some((c) => m.includes(c)) ?? false) ||
      (r.startsWith?.some((p) => m.startsWith(p)) ?? false) ||
      (r.endsWith?.some((e) => m.endsWith(e)) ?? false),
  ).map((r) => r.channel);
}
