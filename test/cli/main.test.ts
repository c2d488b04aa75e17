import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli/main.js';
import { parseReport } from '../../src/report/index.js';

const FIX = 'test/cli/fixtures';
const tmp = () => mkdtempSync(join(tmpdir(), 'socialkit-cli-'));

function io(stdin = '', tty = false): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdin: Readable.from([stdin]),
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s), isTTY: tty },
    now: () => new Date('2027-01-02T09:00:00Z'),
    out: () => out,
    err: () => err,
  };
}

const EXCEL_MAP = ['--map', 'id=Post ID', '--map', 'platform=Network', '--map', 'publishedAt=Date', '--map', 'impressions=Impressions', '--map', 'reach=Reach', '--map', 'engagements=Interactions', '--map', 'clicks=Clicks'];

describe('socialkit summarize (in process)', () => {
  it('groups a CSV by platform and ISO week in the zone, with exact money and ratio-of-sums rates', async () => {
    const t = io();
    expect(await main(['summarize', `${FIX}/posts.csv`, '--by', 'platform,week', '--tz', 'Europe/Paris', '--currency', 'EUR', '--format', 'json'], t)).toBe(0);
    const result = JSON.parse(t.out()) as { rows: { key: Record<string, string>; posts: number; cost: string; engagementRateByReach: number; cpc: string }[] };
    const ig = result.rows.find((r) => r.key.platform === 'instagram');
    // (40 + 60) / (800 + 2200), cost 2.50 + 7.505, CPC 10.005 / 40.
    expect(ig).toMatchObject({ key: { platform: 'instagram', week: '2027-W05' }, posts: 2, cost: '10.005', cpc: '0.250125' });
    expect(ig?.engagementRateByReach).toBeCloseTo(100 / 3000, 15);
    expect(t.err()).toBe('');
  });

  it('reads a French Excel export (BOM, semicolons, CRLF) through --map', async () => {
    const t = io();
    expect(await main(['summarize', `${FIX}/excel-bom-crlf.csv`, '--by', 'platform', '--format', 'csv', ...EXCEL_MAP], t)).toBe(0);
    const lines = t.out().split('\r\n');
    expect(lines[0]?.startsWith('platform,posts,impressions,reach,engagements,clicks')).toBe(true);
    expect(lines[2]?.startsWith('linkedin,2,2000,1600,62,15,')).toBe(true);
  });

  it('names the header columns it lacks', async () => {
    const t = io();
    expect(await main(['summarize', `${FIX}/excel-bom-crlf.csv`], t)).toBe(1);
    expect(t.err()).toMatch(/lacks the columns platform \(map it with --map platform=Header\)/);
  });

  it('a malformed row: its line and column; with --skip-invalid, a count and the lines in a file', async () => {
    const t = io();
    expect(await main(['summarize', `${FIX}/bad-value.csv`], t)).toBe(1);
    expect(t.err()).toContain("bad-value.csv:3:5 (column 'reach')");
    const dir = tmp();
    const t2 = io();
    expect(await main(['summarize', `${FIX}/bad-value.csv`, '--skip-invalid', '--invalid-out', join(dir, 'bad.txt'), '--format', 'json'], t2)).toBe(0);
    expect((JSON.parse(t2.out()) as { rows: { posts: number }[] }).rows[0]?.posts).toBe(2);
    expect(t2.err()).toContain('2 invalid rows skipped');
    expect(readFileSync(join(dir, 'bad.txt'), 'utf8').split('\n').filter(Boolean).map((l) => l.split(':')[0])).toEqual(['line 3', 'line 4']);
    const t3 = io();
    expect(await main(['summarize', `${FIX}/malformed.csv`], t3)).toBe(1);
    expect(t3.err()).toMatch(/malformed\.csv:3: malformed CSV/);
  });

  it('the default --invalid-out is <input>.invalid.txt', async () => {
    const dir = tmp();
    const input = join(dir, 'export.csv');
    writeFileSync(input, readFileSync(`${FIX}/malformed.csv`));
    const t = io();
    expect(await main(['summarize', input, '--skip-invalid'], t)).toBe(0);
    expect(readFileSync(`${input}.invalid.txt`, 'utf8')).toMatch(/^line 3: Invalid Record Length/);
  });

  it('reads NDJSON (blank lines ignored) and JSON arrays', async () => {
    const t = io();
    expect(await main(['summarize', `${FIX}/posts.ndjson`, '--format', 'json'], t)).toBe(0);
    expect((JSON.parse(t.out()) as { rows: { posts: number; reach: number }[] }).rows[0]).toMatchObject({ posts: 2, reach: 1200 });
    const dir = tmp();
    writeFileSync(join(dir, 'p.json'), JSON.stringify([{ platform: 'x', publishedAt: '2027-01-01T00:00:00Z', impressions: 2, reach: 2, engagements: 1, clicks: 0 }]));
    const t2 = io();
    expect(await main(['summarize', join(dir, 'p.json')], t2)).toBe(0);
    expect(t2.out()).toMatch(/posts/);
  });

  it('draws a progress bar only on a terminal', async () => {
    const t = io('', true);
    expect(await main(['summarize', `${FIX}/posts.csv`], t)).toBe(0);
    expect(t.err()).toContain('\r\x1b[K');
    const plain = io('', false);
    await main(['summarize', `${FIX}/posts.csv`], plain);
    expect(plain.err()).toBe('');
  });

  it('usage errors exit 2', async () => {
    for (const argv of [[], ['nope'], ['summarize'], ['summarize', `${FIX}/posts.csv`, '--bogus'], ['summarize', 'file.xlsx'], ['summarize', `${FIX}/posts.csv`, '--map', 'likes=Likes'], ['summarize', `${FIX}/posts.csv`, '--format', 'xml']]) {
      const t = io();
      expect(await main(argv, t), argv.join(' ')).toBe(2);
    }
    const t = io();
    expect(await main(['summarize', 'missing.csv'], t)).toBe(1);
    expect(t.err()).toContain('no such file');
  });

  it('--help for every command', async () => {
    for (const command of ['summarize', 'report', 'measure', 'calendar']) {
      const t = io();
      expect(await main([command, '--help'], t)).toBe(0);
      expect(t.out()).toContain(`Usage: socialkit ${command}`);
    }
    const t = io();
    expect(await main(['--help'], t)).toBe(0);
    expect(t.out()).toContain('Exit codes: 0 done, 1 bad input, 2 usage.');
  });
});

describe('socialkit report, measure, calendar (in process)', () => {
  it('report writes the format of --out, and its JSON parses back', async () => {
    const dir = tmp();
    const t = io();
    expect(await main(['report', `${FIX}/posts.csv`, '--period', '2027-02-01..2027-02-28', '--tz', 'Europe/Paris', '--compare', 'previousPeriod', '--currency', 'EUR', '--out', join(dir, 'r.json')], t)).toBe(0);
    const report = parseReport(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')));
    expect(report.records.current).toBe(4);
    expect(t.out()).toContain('4 posts in the period');
    const t2 = io();
    expect(await main(['report', `${FIX}/posts.csv`, '--period', '2027-02-01..2027-02-28', '--tz', 'Europe/Paris', '--locale', 'fr', '--out', join(dir, 'r.html')], t2)).toBe(0);
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toContain('<html lang="fr">');
    const t3 = io();
    expect(await main(['report', `${FIX}/bad-value.csv`, '--period', '2027-02-01..2027-02-28', '--tz', 'UTC', '--skip-invalid', '--invalid-out', join(dir, 'x.txt'), '--out', join(dir, 'r.md')], t3)).toBe(0);
    expect(readFileSync(join(dir, 'x.txt'), 'utf8')).toMatch(/^line 3: .*\nline 4: /);
    for (const bad of [['--period', '2027-02'], ['--period', '2027-02-01..2027-02-28'], ['--period', '2027-02-01..2027-02-28', '--tz', 'UTC', '--out', 'r.pdf']]) {
      expect(await main(['report', `${FIX}/posts.csv`, ...bad], io())).toBe(2);
    }
  });

  it('measure: the text as an argument or on standard input; exit 1 when too long', async () => {
    const t = io();
    expect(await main(['measure', '--platform', 'x', '--json', 'Nouvelle collection ☕🥐 https://boulangerie.fr/ete'], t)).toBe(0);
    // The documented example of measureText (DESIGN.md): 48 weighted characters on X.
    expect(JSON.parse(t.out())).toMatchObject({ length: 48, limit: 280, remaining: 232, valid: true });
    const t2 = io('x'.repeat(281) + '\n');
    expect(await main(['measure', '--platform', 'x'], t2)).toBe(1);
    expect(t2.out()).toBe('281/280 (weighted): 1 too many\n');
    expect(await main(['measure', 'text'], io())).toBe(2);
    expect(await main(['measure', '--platform', 'myspace', 'text'], io())).toBe(2);
  });

  it('calendar exports a plan as iCalendar (read back by ical.js) and CSV for Excel', async () => {
    const dir = tmp();
    const post = (id: string, at: string) => ({ id, platform: 'instagram', text: 'Bonjour', format: 'image', pillar: 'offres', objectiveType: 'engagement', language: 'fr', at, localTime: '09:00' });
    writeFileSync(join(dir, 'plan.json'), JSON.stringify({ period: { from: '2027-02-01', to: '2027-02-28' }, timeZone: 'Europe/Paris', posts: [post('a', '2027-02-01T08:00:00Z'), post('b', '2027-02-02T08:00:00Z')], findings: [] }));
    const t = io();
    expect(await main(['calendar', join(dir, 'plan.json'), '--ics', join(dir, 'p.ics'), '--csv', join(dir, 'p.csv')], t)).toBe(0);
    const cal = new ICAL.Component(ICAL.parse(readFileSync(join(dir, 'p.ics'), 'utf8')) as never);
    expect(cal.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('dtstamp')))).toEqual(['2027-01-02T09:00:00Z', '2027-01-02T09:00:00Z']);
    expect(readFileSync(join(dir, 'p.csv'), 'utf8').startsWith('\ufeff')).toBe(true);
    expect(await main(['calendar', join(dir, 'plan.json')], io())).toBe(2);
    writeFileSync(join(dir, 'bad.json'), '{"posts": 3}');
    expect(await main(['calendar', join(dir, 'bad.json'), '--ics', join(dir, 'x.ics')], io())).toBe(1);
  });
});

// The real process, as `npm test` runs before any build: tsx on the source.
function run(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), 'src/cli/main.ts', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('socialkit as a process (tsx src/cli/main.ts)', () => {
  it('exit codes 0, 1 and 2 on fixture files, a BOM + CRLF export and a malformed one; stdin for measure', async () => {
    const [ok, malformed, usage, measured] = await Promise.all([
      run(['summarize', `${FIX}/excel-bom-crlf.csv`, '--by', 'platform', ...EXCEL_MAP]),
      run(['summarize', `${FIX}/malformed.csv`]),
      run(['summarize', '--nope']),
      run(['measure', '--platform', 'bluesky'], 'Bonjour Lyon'),
    ]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^platform\s+posts/);
    expect(ok.stdout).toMatch(/\nlinkedin\s+2\s+2000\s+1600\s+62\s+15/);
    expect(ok.stderr).toBe('');
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toMatch(/malformed\.csv:3: malformed CSV: Invalid Record Length/);
    expect(usage.code).toBe(2);
    expect(measured.code).toBe(0);
    expect(measured.stdout).toMatch(/^12\/300 /);
  }, 60_000);
});

describe('summarizeFile and line numbers', () => {
  it('batch by batch gives what summarize gives on the whole file', async () => {
    const { summarizeFile } = await import('../../src/cli/summarize-file.js');
    const { newState } = await import('../../src/cli/read-records.js');
    const { summarize } = await import('../../src/kpi/index.js');
    const dir = tmp();
    const platforms = ['x', 'instagram', 'facebook'] as const;
    const records = Array.from({ length: 250 }, (_, i) => ({ platform: platforms[i % 3] ?? 'x', publishedAt: new Date(Date.UTC(2027, 0, 1 + (i % 60), i % 24)).toISOString(), impressions: 100 + i, reach: 80 + i, engagements: i % 17, clicks: i % 5, cost: `${String(i % 7)}.${String(i % 10)}5` }));
    writeFileSync(join(dir, 'p.csv'), `platform,publishedAt,impressions,reach,engagements,clicks,cost\n${records.map((r) => `${r.platform},${r.publishedAt},${String(r.impressions)},${String(r.reach)},${String(r.engagements)},${String(r.clicks)},${r.cost}`).join('\n')}\n`);
    const expected = summarize(records, { by: ['platform', 'week'], timeZone: 'Europe/Paris' });
    const got = await summarizeFile(join(dir, 'p.csv'), { by: ['platform', 'week'], timeZone: 'Europe/Paris', map: {}, skipInvalid: false, batchSize: 16 }, newState(join(dir, 'p.csv')));
    expect(got.rows.map((r) => ({ ...r, cost: r.cost.toFixed(), revenue: r.revenue.toFixed(), cpc: r.cpc?.toFixed(), cpm: r.cpm?.toFixed(), cpa: r.cpa?.toFixed() }))).toEqual(
      expected.rows.map((r) => ({ ...r, cost: r.cost.toFixed(), revenue: r.revenue.toFixed(), cpc: r.cpc?.toFixed(), cpm: r.cpm?.toFixed(), cpa: r.cpa?.toFixed() })),
    );
  });

  it('a quoted field across lines moves the line numbers of the rows after it', async () => {
    const dir = tmp();
    const file = join(dir, 'q.csv');
    writeFileSync(file, 'platform,publishedAt,impressions,reach,engagements,clicks,pillar\nx,2027-01-01T00:00:00Z,1,1,0,0,"two\nlines"\nx,2027-01-01T00:00:00Z,1,-1,0,0,a\n');
    const t = io();
    expect(await main(['summarize', file], t)).toBe(1);
    expect(t.err()).toContain("q.csv:4:4 (column 'reach')");
  });
});

describe('an empty count cell', () => {
  it("is null, as kpi keeps a metric a platform never reports (X's reach)", async () => {
    const dir = tmp();
    const file = join(dir, 'x.csv');
    writeFileSync(file, 'platform,publishedAt,impressions,reach,engagements,clicks\nx,2027-01-01T10:00:00Z,1000,,30,5\n');
    const t = io();
    expect(await main(['summarize', file, '--format', 'json'], t)).toBe(0);
    expect((JSON.parse(t.out()) as { rows: Record<string, unknown>[] }).rows[0]).toMatchObject({ reach: null, engagementRateByReach: null, engagementRateByImpressions: 0.03 });
  });
});

describe('--platform: the platform catalogue\'s export headers are the default column mapping', () => {
  const headerOf = async (platform: 'instagram', field: string): Promise<string> => {
    const { platformMetrics } = await import('../../src/kpi/index.js');
    const m = platformMetrics[platform].metrics.find((x) => x.field === field && x.header !== null && x.validTo === null);
    if (m?.header == null) throw new Error(`no header for ${field}`);
    return m.header;
  };

  it('reads an Instagram export by its own headers: engagements summed from the parts, clicks never reported stay null; --map overrides', async () => {
    const fields = ['id', 'publishedAt', 'impressions', 'reach', 'likes', 'comments', 'shares', 'saves'];
    const headers = await Promise.all(fields.map((f) => headerOf('instagram', f)));
    const rows = [
      ['17895', '2026-06-02T18:30:00+02:00', '5400', '3100', '210', '12', '9', '31'],
      ['17896', '2026-06-03T12:00:00+02:00', '1000', '800', '40', '5', '1', '4'],
    ];
    const dir = tmp();
    const file = join(dir, 'instagram.csv');
    writeFileSync(file, `${[headers, ...rows].map((r) => r.map((c) => `"${c}"`).join(',')).join('\n')}\n`);
    const t = io();
    expect(await main(['summarize', file, '--platform', 'instagram', '--exported-at', '2026-06-30', '--format', 'json'], t)).toBe(0);
    const out = JSON.parse(t.out()) as { rows: { posts: number; impressions: number; reach: number; engagements: number; clicks: number | null; engagementRateByReach: number }[] };
    // 210 + 12 + 9 + 31 and 40 + 5 + 1 + 4.
    expect(out.rows[0]).toMatchObject({ posts: 2, impressions: 6400, reach: 3900, engagements: 262 + 50, clicks: null });
    expect(out.rows[0]?.engagementRateByReach).toBeCloseTo(312 / 3900, 15);

    // The same file with the reach column renamed: --map names it.
    const renamed = join(dir, 'renamed.csv');
    writeFileSync(renamed, readFileSync(file, 'utf8').replace(`"${headers[3] ?? ''}"`, '"Accounts reached"'));
    const t2 = io();
    expect(await main(['summarize', renamed, '--platform', 'instagram', '--exported-at', '2026-06-30', '--map', 'reach=Accounts reached', '--format', 'json'], t2)).toBe(0);
    expect((JSON.parse(t2.out()) as typeof out).rows[0]).toMatchObject({ reach: 3900, engagements: 312 });

    // report reads it the same way.
    const t3 = io();
    const outFile = join(dir, 'r.json');
    expect(await main(['report', file, '--platform', 'instagram', '--exported-at', '2026-06-30', '--period', '2026-06-01..2026-06-30', '--tz', 'Europe/Paris', '--out', outFile], t3)).toBe(0);
    const report = parseReport(JSON.parse(readFileSync(outFile, 'utf8')));
    expect(report.breakdowns.platform[0]).toMatchObject({ key: 'instagram', posts: 2, reach: 3900, engagements: 312, clicks: null });
  });

  it('a row missing a metric the platform reports: its line; with --skip-invalid, skipped and listed', async () => {
    const dir = tmp();
    const file = join(dir, 'ig.csv');
    writeFileSync(file, '"Post ID","Publish time","Views","Reach","Likes","Comments","Shares","Saves"\n1,2026-06-02T18:30:00+02:00,10,8,1,1,1,1\n2,2026-06-02T19:30:00+02:00,10,,1,1,1,1\n');
    const t = io();
    expect(await main(['summarize', file, '--platform', 'instagram', '--exported-at', '2026-06-30'], t)).toBe(1);
    expect(t.err()).toMatch(/ig\.csv:3: the row has no reach/);
    const t2 = io();
    expect(await main(['summarize', file, '--platform', 'instagram', '--exported-at', '2026-06-30', '--skip-invalid', '--invalid-out', join(dir, 'bad.txt'), '--format', 'json'], t2)).toBe(0);
    expect((JSON.parse(t2.out()) as { rows: { posts: number; engagements: number }[] }).rows[0]).toMatchObject({ posts: 1, engagements: 4 });
    expect(readFileSync(join(dir, 'bad.txt'), 'utf8')).toMatch(/^line 3: /);
    // A bad value: its line and column; with --skip-invalid only that row is left out.
    writeFileSync(file, '"Post ID","Publish time","Views","Reach","Likes","Comments","Shares","Saves"\n1,2026-06-02T18:30:00+02:00,10,8,1,1,1,1\n2,2026-06-02T19:30:00+02:00,10,lots,1,1,1,1\n3,2026-06-02T20:30:00+02:00,20,10,2,2,2,2\n');
    const t3 = io();
    expect(await main(['summarize', file, '--platform', 'instagram', '--exported-at', '2026-06-30'], t3)).toBe(1);
    expect(t3.err()).toContain("ig.csv:3:4 (column 'Reach'): Reach must be a count");
    const t4 = io();
    expect(await main(['summarize', file, '--platform', 'instagram', '--exported-at', '2026-06-30', '--skip-invalid', '--invalid-out', join(dir, 'bad.txt'), '--format', 'json'], t4)).toBe(0);
    expect((JSON.parse(t4.out()) as { rows: { posts: number; reach: number; engagements: number }[] }).rows[0]).toMatchObject({ posts: 2, reach: 18, engagements: 12 });
  });

  it('NDJSON of X API objects: nested metrics read by their native names, reach never reported stays null', async () => {
    const dir = tmp();
    const file = join(dir, 'x.ndjson');
    const tweets = [
      { id: '1', created_at: '2026-06-02T10:00:00.000Z', non_public_metrics: { impression_count: 520, url_link_clicks: 4 }, public_metrics: { impression_count: 500, like_count: 7, reply_count: 2, retweet_count: 1, quote_count: 1, bookmark_count: 3 } },
      { id: '2', created_at: '2026-06-03T10:00:00.000Z', non_public_metrics: { impression_count: 310, url_link_clicks: 1 }, public_metrics: { impression_count: 300, like_count: 3, reply_count: 0, retweet_count: 0, quote_count: 0, bookmark_count: 1 } },
    ];
    writeFileSync(file, tweets.map((t) => JSON.stringify(t)).join('\n') + '\n');
    const t = io();
    expect(await main(['summarize', file, '--platform', 'x', '--exported-at', '2026-06-30', '--format', 'json'], t)).toBe(0);
    const row = (JSON.parse(t.out()) as { rows: { posts: number; impressions: number; reach: number | null; engagements: number; clicks: number; engagementRateByReach: number | null }[] }).rows[0];
    // The owner's (non-public) impressions come first in the catalogue; engagements 7 + 2 + 1 + 1 + 3 and 3 + 1.
    expect(row).toMatchObject({ posts: 2, impressions: 830, reach: null, engagements: 18, clicks: 5, engagementRateByReach: null });
  });

  it('refuses an unknown platform and --exported-at without --platform', async () => {
    const t = io();
    expect(await main(['summarize', `${FIX}/posts.csv`, '--platform', 'myspace'], t)).toBe(2);
    expect(t.err()).toMatch(/not a platform id/);
    const t2 = io();
    expect(await main(['summarize', `${FIX}/posts.csv`, '--exported-at', '2026-06-30'], t2)).toBe(2);
  });
});
