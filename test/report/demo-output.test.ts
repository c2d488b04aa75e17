import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { planFromCsv } from '../../src/calendar/index.js';
import { parseReport } from '../../src/report/index.js';

const FILES = ['calendar.csv', 'calendar.ics', 'plan.json', 'report.csv', 'report.html', 'report.json', 'report.md'];

function runDemo(out: string): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), 'examples/demo.ts'], { env: { ...process.env, SOCIALKIT_OUT: out }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => (code === 0 ? done(stdout) : fail(new Error(`demo exited ${String(code)}: ${stderr}`))));
  });
}

describe('npm run demo: the files a team opens', () => {
  it('writes the seven files, the same bytes twice, each readable by its own reader', async () => {
    const a = mkdtempSync(join(tmpdir(), 'socialkit-demo-'));
    const b = mkdtempSync(join(tmpdir(), 'socialkit-demo-'));
    const [stdout] = await Promise.all([runDemo(a), runDemo(b)]);
    expect(readdirSync(a).sort()).toEqual(FILES);
    for (const name of FILES) expect(readFileSync(join(a, name)).equals(readFileSync(join(b, name))), name).toBe(true);
    for (const name of FILES) expect(stdout).toContain(join(a, name));

    const report = parseReport(JSON.parse(readFileSync(join(a, 'report.json'), 'utf8')));
    expect(report.records.current).toBeGreaterThan(40);
    expect(report.incidents).toHaveLength(1);
    expect(report.execution?.planned).toBeGreaterThan(report.execution?.published ?? Infinity);

    const plan = JSON.parse(readFileSync(join(a, 'plan.json'), 'utf8')) as { posts: { id: string }[] };
    const jcal = ICAL.parse(readFileSync(join(a, 'calendar.ics'), 'utf8')) as unknown[];
    const events = new ICAL.Component(jcal as never).getAllSubcomponents('vevent');
    expect(events.length).toBe(plan.posts.length);

    const calendarCsv = readFileSync(join(a, 'calendar.csv'), 'utf8');
    expect(calendarCsv.startsWith('\ufeff')).toBe(true);
    expect(planFromCsv(calendarCsv).map((p) => p.id)).toEqual(plan.posts.map((p) => p.id));
    const rows = parseCsv(readFileSync(join(a, 'report.csv'), 'utf8'), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    const er = rows.find((r) => r.kpi === 'engagementRateByReach');
    expect(Number(er?.current?.replace(',', '.'))).toBe(report.kpis.find((k) => k.kpi === 'engagementRateByReach')?.current);

    const html = readFileSync(join(a, 'report.html'), 'utf8');
    expect(html).toContain('<html lang="fr">');
    expect(html.match(/<figure class="chart"/g)).toHaveLength(4);
  }, 120_000);
});
