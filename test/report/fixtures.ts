import type { SummaryRecord } from '../../src/kpi/index.js';

/** A small deterministic generator (a linear congruential one), so the fixture needs no library. */
export function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
}

/**
 * 56 posts in February 2027 (two a day, Instagram in the morning, Facebook
 * in the evening, Paris time) and 28 in January (the previous period), each with
 * a pillar and a format; plus three outside both periods.
 */
export function fixtureRecords(): SummaryRecord[] {
  const next = lcg(7);
  const out: SummaryRecord[] = [];
  const pillars = ['savoirFaire', 'salonDeThe', 'coulisses', 'offres'];
  for (let day = 1; day <= 28; day += 1) {
    for (const [k, platform, hourUtc] of [[0, 'instagram', 8], [1, 'facebook', 17]] as const) {
      const reach = 1000 + Math.round(next() * 4000);
      out.push({
        id: `feb-${String(day)}-${platform}`,
        platform,
        publishedAt: new Date(Date.UTC(2027, 1, day, hourUtc, 0)).toISOString(),
        impressions: Math.round(reach * 1.3),
        reach,
        engagements: Math.round(reach * (platform === 'instagram' ? 0.04 : 0.02) * (0.5 + next())),
        clicks: Math.round(reach * 0.01),
        conversions: k === 0 ? 1 : 0,
        cost: k === 0 ? '2.50' : '0',
        revenue: k === 0 ? '18.50' : '0',
        currency: 'EUR',
        pillar: pillars[(day + k) % 4] ?? null,
        format: k === 0 ? 'image' : 'video',
      });
    }
  }
  for (let day = 4; day <= 31; day += 1) {
    const reach = 1000 + Math.round(next() * 2000);
    out.push({ id: `jan-${String(day)}`, platform: 'instagram', publishedAt: new Date(Date.UTC(2027, 0, day, 8)).toISOString(), impressions: reach, reach, engagements: Math.round(reach * 0.03), clicks: 10, currency: 'EUR' });
  }
  out.push({ id: 'old', platform: 'x', publishedAt: '2026-06-01T10:00:00Z', impressions: 10, reach: 10, engagements: 1, clicks: 0 });
  out.push({ id: 'later', platform: 'x', publishedAt: '2027-03-01T10:00:00Z', impressions: 10, reach: 10, engagements: 1, clicks: 0 });
  // 23:30 UTC on 31 January is 00:30 on 1 February in Paris: in the period.
  out.push({ id: 'midnight', platform: 'x', publishedAt: '2027-01-31T23:30:00Z', impressions: 100, reach: 100, engagements: 5, clicks: 1, currency: 'EUR' });
  return out;
}
