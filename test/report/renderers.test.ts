import { parse as parseCsv } from 'csv-parse/sync';
import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { buildReport, reportCharts, reportToCsv, reportToHtml, reportToMarkdown } from '../../src/report/index.js';
import { fullReport } from './report-fixture.js';

const en = fullReport('en');
const fr = fullReport('fr');

describe('reportToHtml', () => {
  it('gives the same bytes on two runs, and on a report rebuilt from the same input', () => {
    expect(reportToHtml(en)).toBe(reportToHtml(en));
    expect(reportToHtml(fullReport('fr'))).toBe(reportToHtml(fr));
  });

  it('is self-contained: no script, no external resource, a CSP that forbids the network', () => {
    const html = reportToHtml(en);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\s(src|href)=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).toContain(`default-src 'none'`);
    // The only URL is the SVG namespace.
    expect([...html.matchAll(/https?:\/\/[^\s"'<)]+/g)].map((m) => m[0]).filter((u) => u !== 'http://www.w3.org/2000/svg' && !u.startsWith('http://evil'))).toEqual([]);
  });

  it('every chart is an accessible image with a title, a description and a data table', () => {
    const html = reportToHtml(en);
    const figures = [...html.matchAll(/<figure class="chart" id="chart-([a-z]+)" [^>]*aria-describedby="([a-z]+)-data"[\s\S]*?<\/figure>\n<details class="chart-data" id="([a-z]+)-data"><summary>[^<]+<\/summary><div class="table-wrap"><table><caption>/g)];
    expect(figures.map((f) => f[1])).toEqual(['timeseries', 'platforms', 'mix', 'heatmap']);
    for (const [figure, , described, table] of figures) {
      expect(described).toBe(table);
      expect(figure).toMatch(/<svg [^>]*role="img" aria-labelledby="[a-z]+-title [a-z]+-desc"/);
      expect(figure).toMatch(/<title id="[a-z]+-title">[^<]+<\/title><desc id="[a-z]+-desc">[^<]+<\/desc>/);
    }
    expect(html).toContain('@media print');
    expect(html).toContain('break-inside: avoid');
  });

  it('labels and formats numbers in the report locale', () => {
    const h = reportToHtml(fr);
    expect(h).toContain('<html lang="fr">');
    expect(h).toContain('Taux d’engagement par jour et par heure');
    expect(h).toContain('1 févr. 2027');
    expect(h).toContain('taux d’engagement par portée, rapport des sommes : Σ interactions / Σ portée');
    // French percent: a comma and a narrow no-break space before %.
    expect(h).toMatch(/\d,\d\d[\u00a0\u202f]%/);
    const e = reportToHtml(en);
    expect(e).toContain('1 Feb 2027');
    expect(e).toMatch(/\d\.\d\d%/);
    expect(e).toContain('€40.00');
  });

  it('escapes text from the data', () => {
    const r = buildReport({ records: [{ platform: 'x', publishedAt: '2027-01-02T10:00:00Z', impressions: 1, reach: 1, engagements: 1, clicks: 0, pillar: '<img src=x onerror=alert(1)>' }], period: { from: '2027-01-01', to: '2027-01-31' }, timeZone: 'UTC', title: 'A & B <c>' });
    const html = reportToHtml(r);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<title>A &amp; B &lt;c&gt;</title>');
    expect(html).not.toContain('<img');
  });

  it('refuses what is not a report', () => {
    expect(() => reportToHtml({ kind: 'nope' } as never)).toThrow(ValidationError);
  });
});

describe('reportToMarkdown', () => {
  it('has the KPI table, the sections present and the recommendations', () => {
    const md = reportToMarkdown(en);
    expect(md.startsWith('# Social media report\n')).toBe(true);
    expect(md).toMatch(/\| Engagement rate by reach \| \d\.\d\d% \|/);
    expect(md).toContain('## Incidents');
    expect(md).toContain('## Recommendations');
    expect(reportToMarkdown(fr)).toContain('## Indicateurs clés de performance');
  });
});

describe('reportToCsv', () => {
  it('guards text cells that a spreadsheet would run, never number cells', () => {
    const csv = reportToCsv(en, { table: 'mix' });
    const rows = parseCsv(csv, { columns: true }) as Record<string, string>[];
    const evil = rows.find((r) => r.pillar === 'offres');
    expect(evil?.name).toBe(`'=HYPERLINK("http://evil")`);
    // A negative deviation is a number, written as is.
    const negative = rows.find((r) => r.pillar === 'savoirFaire');
    expect(negative?.deviation?.startsWith('-')).toBe(true);
    expect(Number(negative?.deviation)).toBeCloseTo(0.25 - 0.4, 12);
    const kept = parseCsv(reportToCsv(en, { table: 'mix', formulas: 'keep' }), { columns: true }) as Record<string, string>[];
    expect(kept.find((r) => r.pillar === 'offres')?.name).toBe('=HYPERLINK("http://evil")');
  });

  it('French Excel: semicolons, a BOM and decimal commas; numbers read back equal', () => {
    const csv = reportToCsv(en, { table: 'kpis', delimiter: ';', bom: true, decimal: ',' });
    expect(csv.startsWith('\ufeffkpi;unit;current')).toBe(true);
    const rows = parseCsv(csv, { bom: true, columns: true, delimiter: ';' }) as Record<string, string>[];
    const er = rows.find((r) => r.kpi === 'engagementRateByReach');
    const expected = en.kpis.find((k) => k.kpi === 'engagementRateByReach')?.current;
    expect(Number(er?.current?.replace(',', '.'))).toBe(expected);
    expect(er?.current).toContain(',');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes money as exact decimals and no exponent', () => {
    const rows = parseCsv(reportToCsv(en, { table: 'media' }), { columns: true }) as Record<string, string>[];
    expect(rows[0]?.spend).toBe('40');
    const tiny = buildReport({ records: [{ platform: 'x', publishedAt: '2027-01-02T10:00:00Z', impressions: 10_000_000_000, reach: 10_000_000_000, engagements: 1, clicks: 0 }], period: { from: '2027-01-01', to: '2027-01-31' }, timeZone: 'UTC' });
    const kpis = reportToCsv(tiny);
    expect(kpis).toContain('engagementRateByReach,ratio,0.0000000001,');
    expect(kpis).not.toMatch(/\de-\d/);
  });

  it('a section left out gives its header alone; bad options are named', () => {
    const bare = buildReport({ records: [], period: { from: '2027-01-01', to: '2027-01-31' }, timeZone: 'UTC' });
    expect(reportToCsv(bare, { table: 'media' })).toBe('platform,spend,impressions,clicks,conversions,revenue,cpc,cpm,cpa,roas,roi\r\n');
    expect(() => reportToCsv(bare, { decimal: ',' })).toThrow(/delimiter ';'/);
    expect(() => reportToCsv(bare, { table: 'nope' as never })).toThrow(/options.table/);
    expect(() => reportToCsv(bare, { delimitor: ';' } as never)).toThrow(/delimiter/);
  });
});

describe('reportCharts', () => {
  it('every spec compiles with vega-lite 6 and carries its data inline', () => {
    const charts = reportCharts(en);
    expect(charts.map((c) => c.id)).toEqual(['timeSeries', 'platforms', 'mix', 'heatmap']);
    for (const chart of charts) {
      expect(chart.spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v6.json');
      expect(chart.spec.data.values.length).toBeGreaterThan(0);
      const { spec } = compile(chart.spec as never);
      expect(spec.data?.length).toBeGreaterThan(0);
      expect(JSON.stringify(spec)).toContain(chart.title.replace(/[’]/g, '’'));
    }
    expect(charts.find((c) => c.id === 'platforms')?.spec.data.values).toEqual(en.breakdowns.platform.map((p) => ({ platform: p.key, engagementRateByReach: p.engagementRateByReach })));
  });
});

describe('the media plan in every renderer', () => {
  // The fixture's plan: 300 € over 1 February – 31 March 2027 (instagram 200, facebook 100), 40 € spent on instagram.
  it("CSV 'mediaPlan': planned against actual by platform, then the plan's total", () => {
    expect(parseCsv(reportToCsv(en, { table: 'mediaPlan' }))).toEqual([
      ['platform', 'planned', 'actual', 'difference', 'share'],
      ['facebook', '100', '0', '-100', '0'],
      ['instagram', '200', '40', '-160', '0.2'],
      ['', '300', '40', '-260', String(40 / 300)],
    ]);
    expect(reportToCsv(buildReport({ records: [], period: { from: '2027-01-01', to: '2027-01-31' }, timeZone: 'UTC' }), { table: 'mediaPlan' })).toBe('platform,planned,actual,difference,share\r\n');
  });

  it('Markdown and HTML show the plan and its pacing in the locale', () => {
    // 1 March 00:00 in Paris: 28 × 24 = 672 of the period's 59 × 24 − 1 = 1,415 hours (spring change on 28 March).
    const expected = ((300 * 672) / 1415).toFixed(2);
    expect(expected).toBe('142.47');
    const md = reportToMarkdown(en);
    expect(md).toContain('### Media plan q1');
    expect(md).toContain('| instagram | €200.00 | €40.00 | -€160.00 | 20.00% |');
    expect(md).toContain(`Expected to date: €${expected}`);
    expect(md).toContain('Pacing: under pace');
    const html = reportToHtml(fr);
    expect(html).toContain('<h3>Plan média q1</h3>');
    expect(html).toContain('Attendu à date: 142,47');
    expect(html).toContain('sous le rythme');
  });
});
