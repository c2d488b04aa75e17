import { describe, expect, it } from 'vitest';
import { isValidTimeZone, PLATFORM_IDS, ValidationError } from '../../src/core/index.js';
import { METRIC_FINDING_CODES, METRIC_TARGETS, normalizeMetrics, platformMetrics, summarize } from '../../src/kpi/index.js';
import * as rows from './fixtures/platform-rows.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const codes = (findings: readonly { code: string }[]) => findings.map((f) => f.code);

describe('platformMetrics: the catalogue', () => {
  it('covers every platform of the registry, each metric with a source URL, an asOf date and consistent dates', () => {
    expect(Object.keys(platformMetrics).sort()).toEqual([...PLATFORM_IDS].sort());
    expect(isValidTimeZone('UTC')).toBe(true);
    for (const id of PLATFORM_IDS) {
      const entry = platformMetrics[id];
      expect(entry.platform).toBe(id);
      const names = new Set(entry.metrics.map((m) => m.name));
      expect(names.size, `${id}: names are unique`).toBe(entry.metrics.length);
      for (const metric of entry.metrics) {
        const where = `${id}.${metric.name}`;
        expect(metric.source, where).toMatch(/^https:\/\/[a-z.]+\//);
        expect(metric.asOf, where).toMatch(DATE);
        expect(metric.meaning.length, where).toBeGreaterThan(3);
        if (metric.field !== null) expect(METRIC_TARGETS, where).toContain(metric.field);
        for (const d of [metric.validFrom, metric.validTo]) if (d !== null) expect(d, where).toMatch(DATE);
        if (metric.validFrom !== null && metric.validTo !== null) expect(metric.validFrom <= metric.validTo, where).toBe(true);
        // A retired metric names its replacement, and the replacement is in the catalogue.
        if (metric.validTo !== null) expect(names.has(metric.replacedBy ?? ''), `${where} → ${metric.replacedBy}`).toBe(true);
      }
      for (const n of entry.notReported) {
        expect(n.source).toMatch(/^https:\/\//);
        expect(n.asOf).toMatch(DATE);
        // A field never reported has no metric that gives it.
        expect(entry.metrics.some((m) => m.field === n.field), `${id}: ${n.field} is both reported and not`).toBe(false);
      }
      // Every platform dates its posts.
      expect(entry.metrics.some((m) => m.field === 'publishedAt'), id).toBe(true);
    }
  });

  it('dates the Meta renames as Meta announced them', () => {
    const ig = (name: string) => platformMetrics.instagram.metrics.find((m) => m.name === name)!;
    const fb = (name: string) => platformMetrics.facebook.metrics.find((m) => m.name === name)!;
    // Instagram: deprecated for all versions on 21 April 2025 (blog post of 21 January 2025).
    expect([ig('impressions').validTo, ig('impressions').replacedBy]).toEqual(['2025-04-20', 'views']);
    expect([ig('plays').validTo, ig('plays').replacedBy]).toEqual(['2025-04-20', 'views']);
    expect(ig('impressions').source).toContain('/blog/post/2025/01/21/');
    expect(ig('views').validFrom).toBe('2025-01-21');
    // Facebook Pages: impressions → views on 15 November 2025 (blog post of 15 August 2025).
    expect([fb('post_impressions').validTo, fb('post_impressions').replacedBy]).toEqual(['2025-11-14', 'post_media_view']);
    expect(fb('post_impressions').source).toContain('/blog/post/2025/08/15/');
    expect([fb('post_impressions_unique').validTo, fb('post_impressions_unique').replacedBy]).toEqual(['2025-06-14', 'post_total_media_view_unique']);
  });

  it('says what X, Bluesky and Mastodon never report', () => {
    expect(platformMetrics.x.notReported.map((n) => n.field)).toEqual(['reach']);
    expect(platformMetrics.bluesky.notReported.map((n) => n.field)).toEqual(expect.arrayContaining(['impressions', 'reach']));
    expect(platformMetrics.mastodon.notReported.map((n) => n.field)).toEqual(expect.arrayContaining(['impressions', 'reach']));
  });

  it('is deep-frozen', () => {
    expect(Object.isFrozen(platformMetrics)).toBe(true);
    expect(Object.isFrozen(platformMetrics.instagram.metrics)).toBe(true);
    expect(Object.isFrozen(platformMetrics.instagram.metrics[0])).toBe(true);
    expect(() => {
      (platformMetrics.instagram.metrics[0] as { name: string }).name = 'x';
    }).toThrow(TypeError);
    expect(Object.isFrozen(METRIC_FINDING_CODES)).toBe(true);
  });
});

describe('normalizeMetrics: a row from before and one from after each rename', () => {
  it('Instagram: impressions before 21 April 2025, views after; the retired name after is a finding', () => {
    const before = normalizeMetrics([rows.instagramBefore, rows.instagramReelBefore], { platform: 'instagram', exportedAt: '2025-03-15' });
    expect(before.records.map((r) => r.impressions)).toEqual([4200, 9100]);
    expect(before.records[0]).toMatchObject({ platform: 'instagram', id: '17918195224117851', reach: 3300, engagements: 120 + 14 + 6 + 22, clicks: null, saves: 22 });
    expect((before.records[0]!.publishedAt as Date).toISOString()).toBe('2025-02-10T07:56:32.000Z');
    expect(codes(before.findings)).toEqual(['notReported']);

    const after = normalizeMetrics([rows.instagramAfter], { platform: 'instagram', exportedAt: '2025-06-30' });
    expect(after.records[0]).toMatchObject({ impressions: 5400, reach: 3100, engagements: 262, clicks: null });
    expect(codes(after.findings)).toEqual(['notReported']);

    // The old row exported after the rename: impressions is retired, so the row lacks its impressions.
    const stale = normalizeMetrics([rows.instagramBefore], { platform: 'instagram', exportedAt: '2025-06-30' });
    expect(stale.records).toEqual([]);
    expect(codes(stale.findings)).toEqual(['notReported', 'retiredMetric', 'missingMetric']);
    expect(stale.findings[1]!.message).toContain("its replacement is 'views'");
    expect(stale.findings[1]!.path).toEqual(['rows', 0, 'impressions']);
    expect(stale.findings[2]!.message).toContain("impressions ('Views')");

    // views before it existed is unknown at that date.
    const early = normalizeMetrics([rows.instagramAfter], { platform: 'instagram', exportedAt: '2024-12-01' });
    expect(codes(early.findings)).toEqual(['notReported', 'unknownColumn', 'missingMetric']);
    expect(early.findings[1]!.message).toContain('returned only from 2025-01-21');
  });

  it('Facebook Pages: post_impressions before 15 November 2025, post_media_view after; reach renamed on 15 June 2025', () => {
    const before = normalizeMetrics([rows.facebookBefore], { platform: 'facebook', exportedAt: '2025-10-15' });
    expect(before.records[0]).toMatchObject({ impressions: 2500, reach: 1900, clicks: 70, engagements: 85 + 9 + 4, likes: 85 });
    expect(codes(before.findings)).toEqual(['notReported']);
    const after = normalizeMetrics([rows.facebookAfter], { platform: 'facebook', exportedAt: '2025-12-15' });
    expect(after.records[0]).toMatchObject({ impressions: 2700, reach: 1900 });
    const early = normalizeMetrics([rows.facebookEarly], { platform: 'facebook', exportedAt: '2025-03-15' });
    expect(early.records[0]).toMatchObject({ impressions: 2000, reach: 1500, engagements: 57 });
    const stale = normalizeMetrics([rows.facebookBefore], { platform: 'facebook', exportedAt: '2025-12-15' });
    expect(codes(stale.findings)).toEqual(['notReported', 'retiredMetric', 'missingMetric']);
    expect(stale.findings[1]!.message).toContain("'post_media_view'");
  });

  it('reads an export with its column headers (Meta Business Suite)', () => {
    const exported = { 'Post ID': '1', 'Publish time': '2025-06-02T18:30:00+02:00', Views: '5400', Reach: '3100', Likes: '210', Comments: '12', Shares: '9', Saves: '31' };
    const { records, findings } = normalizeMetrics([exported], { platform: 'instagram', exportedAt: '2025-06-30' });
    expect(records[0]).toMatchObject({ id: '1', impressions: 5400, reach: 3100, engagements: 262 });
    expect(codes(findings)).toEqual(['notReported']);
  });
});

describe('normalizeMetrics: each platform, from its documentation', () => {
  it('X: nested public and non-public metrics; reach is null and one notReported finding says so', () => {
    const { records, findings } = normalizeMetrics([rows.xPost, rows.xPost], { platform: 'x', exportedAt: '2027-02-10' });
    expect(records[0]).toMatchObject({ id: '1263145271946551300', impressions: 4200, reach: null, clicks: 35, likes: 80, comments: 5, shares: 15, saves: 7, engagements: 107 });
    expect(findings).toEqual([expect.objectContaining({ code: 'notReported', path: ['reach'] }), expect.objectContaining({ code: 'unknownColumn', path: ['rows', 0, 'text'] })]);
    // The records go straight into summarize: reach-based ratios are null, the others are not.
    const [row] = summarize(records).rows;
    expect(row).toMatchObject({ reach: null, engagementRateByReach: null, impressions: 8400 });
    expect(row!.engagementRateByImpressions).toBe(214 / 8400);
  });

  it('LinkedIn share statistics, publishedAt in epoch milliseconds', () => {
    const { records } = normalizeMetrics([rows.linkedinShare], { platform: 'linkedin', exportedAt: '2027-02-10' });
    expect(records[0]).toMatchObject({ id: 'urn:li:share:1000000', impressions: 1200, reach: 900, clicks: 48, engagements: 49 });
    expect((records[0]!.publishedAt as Date).toISOString()).toBe(new Date(Date.UTC(2027, 0, 31, 9)).toISOString());
  });

  it('TikTok, YouTube, Threads, Pinterest, Bluesky and Mastodon', () => {
    const one = (platform: (typeof PLATFORM_IDS)[number], row: object) => normalizeMetrics([row as never], { platform, exportedAt: '2027-02-10' });
    const tiktok = one('tiktok', rows.tiktokVideo);
    expect(tiktok.records[0]).toMatchObject({ impressions: 15000, reach: null, clicks: null, engagements: 1010 });
    expect((tiktok.records[0]!.publishedAt as Date).toISOString()).toBe(new Date(Date.UTC(2027, 0, 31, 9)).toISOString());
    expect(codes(tiktok.findings)).toEqual(['notReported', 'notReported', 'notReported', 'unknownColumn']);
    expect(one('youtube', rows.youtubeVideo).records[0]).toMatchObject({ id: 'dQw4w9WgXcQ', impressions: 3000, reach: null, engagements: 144 });
    expect(one('threads', rows.threadsPost).records[0]).toMatchObject({ impressions: 800, reach: null, engagements: 30 + 4 + 2 + 1 + 3 });
    const pin = one('pinterest', rows.pinterestPin);
    expect(pin.records[0]).toMatchObject({ impressions: 5000, clicks: 60, reach: null, engagements: 55 });
    expect((pin.records[0]!.publishedAt as Date).toISOString()).toBe('2027-02-01T09:00:00.000Z');
    const bluesky = one('bluesky', rows.blueskyPost);
    expect(bluesky.records[0]).toMatchObject({ impressions: null, reach: null, clicks: null, engagements: 49, id: 'at://did:plc:abc/app.bsky.feed.post/3k' });
    expect((bluesky.records[0]!.publishedAt as Date).toISOString()).toBe('2027-02-01T09:00:00.000Z');
    expect(bluesky.findings.filter((f) => f.code === 'notReported').map((f) => f.path[0])).toEqual(['impressions', 'reach', 'clicks', 'saves']);
    expect(bluesky.findings.filter((f) => f.code === 'unknownColumn').map((f) => f.path[2])).toEqual(['cid', 'author']);
    expect(one('mastodon', rows.mastodonStatus).records[0]).toMatchObject({ impressions: null, engagements: 33 });
  });
});

describe('normalizeMetrics: columns, overrides and missing data', () => {
  it('columns: { field: header } reads a field from your own column, before the catalogue', () => {
    const row = { Date: '2027-02-01T09:00:00Z', Impr: 100, Reach: 80, Likes: 5, Comments: 1, Shares: 0, Saves: 2, Taps: 3 };
    const { records, findings } = normalizeMetrics([row], {
      platform: 'instagram',
      exportedAt: '2027-02-10',
      columns: { publishedAt: 'Date', impressions: 'Impr', clicks: 'Taps' },
    });
    expect(records[0]).toMatchObject({ impressions: 100, reach: 80, clicks: 3, engagements: 8 });
    expect(codes(findings)).toEqual([]); // clicks came from a column: no notReported
    const total = normalizeMetrics([{ ...row, All: 42 }], { platform: 'instagram', exportedAt: '2027-02-10', columns: { publishedAt: 'Date', impressions: 'Impr', engagements: 'All' } });
    expect(total.records[0]!.engagements).toBe(42);
  });

  it('overrides add or replace metrics (source: override) and replace the notReported list', () => {
    const row = { ...rows.instagramAfter, link_clicks: 12 };
    const { records, findings } = normalizeMetrics([row], {
      platform: 'instagram',
      exportedAt: '2025-06-30',
      overrides: { metrics: [{ name: 'link_clicks', field: 'clicks' }], notReported: [] },
    });
    expect(records[0]!.clicks).toBe(12);
    expect(findings).toEqual([]);
    // Replace a retirement date: a caller whose API version still returns impressions.
    const kept = normalizeMetrics([rows.instagramBefore], {
      platform: 'instagram',
      exportedAt: '2025-06-30',
      overrides: { metrics: [{ name: 'impressions', field: 'impressions', validTo: null }] },
    });
    expect(kept.records[0]!.impressions).toBe(4200);
  });

  it('a row missing a metric the platform reports is a missingMetric finding and is not emitted', () => {
    const noSaves: Record<string, unknown> = { ...rows.instagramAfter };
    delete noSaves.saved;
    const { records, findings } = normalizeMetrics([noSaves, rows.instagramAfter], { platform: 'instagram', exportedAt: '2025-06-30' });
    expect(records).toHaveLength(1);
    expect(findings.find((f) => f.code === 'missingMetric')).toMatchObject({ path: ['rows', 0], severity: 'warning' });
  });

  it('checks values with the kpi guards, reporting every bad one at once', () => {
    const bad = [{ ...rows.instagramAfter, views: -1, likes: '12,5' }, 'row', { ...rows.instagramAfter, timestamp: '2025-06-02' }];
    try {
      normalizeMetrics(bad as never, { platform: 'instagram', exportedAt: '2025-06-30' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => [i.code, i.path])).toEqual([
        ['negative', ['rows', 0, 'views']],
        ['notANumber', ['rows', 0, 'likes']],
        ['invalidType', ['rows', 1]],
        ['invalidDate', ['rows', 2, 'timestamp']],
      ]);
    }
  });

  it('refuses bad options', () => {
    const issue = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        return [(error as ValidationError).issues[0]?.code, (error as ValidationError).issues[0]?.path];
      }
      return undefined;
    };
    expect(issue(() => normalizeMetrics([], { platform: 'instagram' } as never))).toEqual(['missingField', ['options', 'exportedAt']]);
    expect(issue(() => normalizeMetrics([], { exportedAt: '2025-01-01' } as never))).toEqual(['missingField', ['options', 'platform']]);
    expect(issue(() => normalizeMetrics([], { platform: 'myspace' as never, exportedAt: '2025-01-01' }))?.[1]).toEqual(['options', 'platform']);
    expect(issue(() => normalizeMetrics([], { platform: 'x', exportedAt: '2025-13-01' }))?.[1]).toEqual(['options', 'exportedAt']);
    expect(issue(() => normalizeMetrics([], { platform: 'x', exportedAt: '2025-01-01', columns: { impresions: 'I' } as never }))).toEqual(['unknownKey', ['options', 'columns', 'impresions']]);
    expect(issue(() => normalizeMetrics([], { platform: 'x', exportedAt: '2025-01-01', columns: { reach: 'A', clicks: 'A' } }))?.[0]).toBe('duplicate');
    expect(issue(() => normalizeMetrics([], { platform: 'x', exportedAt: '2025-01-01', overrides: { metrics: [{ name: 'a', field: 'views' as never }] } }))?.[0]).toBe('invalidOption');
    expect(issue(() => normalizeMetrics([], { platform: 'x', exportedAt: '2025-01-01', overrides: { notReported: ['likes', 'views' as never] } }))?.[1]).toEqual([
      'options',
      'overrides',
      'notReported',
      1,
    ]);
    expect(issue(() => normalizeMetrics('rows' as never, { platform: 'x', exportedAt: '2025-01-01' }))).toEqual(['invalidType', ['rows']]);
  });

  it('does not mutate its rows', () => {
    const input = structuredClone(rows.xPost);
    normalizeMetrics([input], { platform: 'x', exportedAt: '2027-02-10' });
    expect(input).toEqual(rows.xPost);
  });
});
