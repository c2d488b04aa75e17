/**
 * The four chart kinds of the HTML report, drawn as inline SVG strings
 * (internal): a time series with bars and a line on two axes, horizontal
 * bars, paired bars against a target, and a weekday × hour heat map. Every
 * coordinate is printed with fixed decimals, so two runs give the same bytes.
 *
 * @module
 */

/**
 * Escapes text for HTML and SVG content and attributes.
 *
 * @param text - the text
 * @returns the escaped text
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

const n = (x: number): string => {
  const s = x.toFixed(1);
  return s === '-0.0' ? '0.0' : s;
};

const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"';
const INK = '#1f2937';
const MUTED = '#6b7280';
const PRIMARY = '#2563eb';
const ACCENT = '#d97706';

function open(id: string, title: string, desc: string, width: number, height: number): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${String(width)} ${String(height)}" width="${String(width)}" height="${String(height)}" role="img" aria-labelledby="${id}-title ${id}-desc" ${FONT} font-size="11">` +
    `<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(desc)}</desc>`
  );
}

function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${n(x)}" y="${n(y)}"${attrs === '' ? '' : ` ${attrs}`}>${escapeXml(content)}</text>`;
}

/** A chart's words: its title, its description, and the formatters of its axes. */
export interface ChartText {
  /** The id prefix of the chart's title and description elements. */
  id: string;
  /** The chart's title. */
  title: string;
  /** What it shows, in words. */
  desc: string;
  /** The text shown when there is no data. */
  empty: string;
}

/**
 * Bars of reach (left axis) and a line of engagement rate (right axis) over buckets.
 *
 * @param t - the chart's words
 * @param points - one point per bucket
 * @param fmt - the axes' formatters
 * @param legend - the legend's words
 * @returns the SVG
 */
export function timeSeriesChart(
  t: ChartText,
  points: readonly { label: string; reach: number | null; rate: number | null }[],
  fmt: { count(x: number): string; percent(x: number): string },
  legend: { reach: string; rate: string },
): string {
  const width = 680;
  const height = 280;
  const left = 64;
  const right = 64;
  const top = 30;
  const bottom = 48;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  let svg = open(t.id, t.title, t.desc, width, height);
  if (points.length === 0) return `${svg}${text(width / 2, height / 2, t.empty, `text-anchor="middle" fill="${MUTED}"`)}</svg>`;
  const maxReach = niceMax(Math.max(...points.map((p) => p.reach ?? 0)));
  const maxRate = niceMax(Math.max(0, ...points.map((p) => p.rate ?? 0)));
  const step = plotW / points.length;
  const barW = Math.max(1, step * 0.7);
  svg += `<g stroke="#e5e7eb">`;
  for (let k = 0; k <= 4; k += 1) svg += `<line x1="${n(left)}" x2="${n(left + plotW)}" y1="${n(top + plotH - (plotH * k) / 4)}" y2="${n(top + plotH - (plotH * k) / 4)}"/>`;
  svg += `</g><g fill="${MUTED}">`;
  for (let k = 0; k <= 4; k += 1) {
    const y = top + plotH - (plotH * k) / 4 + 4;
    svg += text(left - 6, y, fmt.count((maxReach * k) / 4), 'text-anchor="end"');
    svg += text(left + plotW + 6, y, fmt.percent((maxRate * k) / 4));
  }
  svg += `</g><g fill="${PRIMARY}" fill-opacity="0.75">`;
  points.forEach((p, i) => {
    if (p.reach === null) return;
    const h = (p.reach / maxReach) * plotH;
    svg += `<rect x="${n(left + i * step + (step - barW) / 2)}" y="${n(top + plotH - h)}" width="${n(barW)}" height="${n(h)}"><title>${escapeXml(`${p.label}: ${fmt.count(p.reach)}`)}</title></rect>`;
  });
  svg += `</g>`;
  const line = points
    .map((p, i) => (p.rate === null ? null : `${n(left + i * step + step / 2)},${n(top + plotH - (p.rate / maxRate) * plotH)}`))
    .filter((x): x is string => x !== null);
  if (line.length > 0) svg += `<polyline fill="none" stroke="${ACCENT}" stroke-width="2" points="${line.join(' ')}"/>`;
  const every = Math.max(1, Math.ceil(points.length / 7));
  svg += `<g fill="${MUTED}">`;
  points.forEach((p, i) => {
    if (i % every === 0) svg += text(left + i * step + step / 2, top + plotH + 16, p.label, 'text-anchor="middle"');
  });
  svg += `</g>`;
  svg += `<rect x="${n(left)}" y="8" width="12" height="10" fill="${PRIMARY}" fill-opacity="0.75"/>${text(left + 16, 17, legend.reach, `fill="${INK}"`)}`;
  svg += `<line x1="${n(left + 160)}" x2="${n(left + 172)}" y1="13" y2="13" stroke="${ACCENT}" stroke-width="2"/>${text(left + 176, 17, legend.rate, `fill="${INK}"`)}`;
  return `${svg}</svg>`;
}

/**
 * Horizontal bars, one per row.
 *
 * @param t - the chart's words
 * @param rows - one bar per row
 * @param format - the values' formatter
 * @returns the SVG
 */
export function barChart(t: ChartText, rows: readonly { label: string; value: number | null }[], format: (x: number) => string): string {
  const width = 680;
  const rowH = 28;
  const top = 10;
  const left = 140;
  const right = 90;
  const height = top * 2 + Math.max(1, rows.length) * rowH;
  let svg = open(t.id, t.title, t.desc, width, height);
  if (rows.length === 0) return `${svg}${text(width / 2, height / 2 + 4, t.empty, `text-anchor="middle" fill="${MUTED}"`)}</svg>`;
  const max = niceMax(Math.max(0, ...rows.map((r) => r.value ?? 0)));
  const plotW = width - left - right;
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    const w = r.value === null ? 0 : (r.value / max) * plotW;
    svg += text(left - 8, y + rowH / 2 + 4, r.label, `text-anchor="end" fill="${INK}"`);
    svg += `<rect x="${n(left)}" y="${n(y + 4)}" width="${n(w)}" height="${n(rowH - 8)}" fill="${PRIMARY}"/>`;
    svg += text(left + w + 6, y + rowH / 2 + 4, r.value === null ? '—' : format(r.value), `fill="${INK}"`);
  });
  return `${svg}</svg>`;
}

/**
 * Paired bars: each row's actual share (filled) and target share (outlined).
 *
 * @param t - the chart's words
 * @param rows - one pair per row
 * @param format - the values' formatter
 * @param legend - the legend's words
 * @returns the SVG
 */
export function targetChart(
  t: ChartText,
  rows: readonly { label: string; actual: number | null; target: number | null }[],
  format: (x: number) => string,
  legend: { actual: string; target: string },
): string {
  const width = 680;
  const rowH = 40;
  const top = 30;
  const left = 160;
  const right = 90;
  const height = top + 10 + Math.max(1, rows.length) * rowH;
  let svg = open(t.id, t.title, t.desc, width, height);
  svg += `<rect x="${n(left)}" y="8" width="12" height="10" fill="${PRIMARY}"/>${text(left + 16, 17, legend.actual, `fill="${INK}"`)}`;
  svg += `<rect x="${n(left + 120)}" y="8" width="12" height="10" fill="none" stroke="${ACCENT}" stroke-width="2"/>${text(left + 136, 17, legend.target, `fill="${INK}"`)}`;
  if (rows.length === 0) return `${svg}${text(width / 2, height / 2 + 4, t.empty, `text-anchor="middle" fill="${MUTED}"`)}</svg>`;
  const max = niceMax(Math.max(0, ...rows.map((r) => Math.max(r.actual ?? 0, r.target ?? 0))));
  const plotW = width - left - right;
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    svg += text(left - 8, y + rowH / 2 + 2, r.label, `text-anchor="end" fill="${INK}"`);
    const a = r.actual === null ? 0 : (r.actual / max) * plotW;
    const g = r.target === null ? 0 : (r.target / max) * plotW;
    svg += `<rect x="${n(left)}" y="${n(y + 4)}" width="${n(a)}" height="14" fill="${PRIMARY}"/>`;
    svg += text(left + a + 6, y + 15, r.actual === null ? '—' : format(r.actual), `fill="${INK}"`);
    svg += `<rect x="${n(left)}" y="${n(y + 20)}" width="${n(g)}" height="12" fill="none" stroke="${ACCENT}" stroke-width="2"/>`;
    svg += text(left + g + 6, y + 30, r.target === null ? '—' : format(r.target), `fill="${MUTED}"`);
  });
  return `${svg}</svg>`;
}

/**
 * A weekday × hour heat map; cells without posts are grey.
 *
 * @param t - the chart's words
 * @param cells - the cells with posts (weekday 0 = Monday)
 * @param weekdays - the weekdays' labels, Monday first
 * @returns the SVG
 */
export function heatMap(t: ChartText, cells: readonly { weekday: number; hour: number; value: number | null; label: string }[], weekdays: readonly string[]): string {
  const left = 48;
  const top = 24;
  const cell = 25;
  const width = left + 24 * cell + 10;
  const height = top + 7 * cell + 10;
  let svg = open(t.id, t.title, t.desc, width, height);
  const max = Math.max(0, ...cells.map((c) => c.value ?? 0));
  const byKey = new Map(cells.map((c) => [c.weekday * 24 + c.hour, c]));
  svg += `<g fill="${MUTED}">`;
  for (let h = 0; h < 24; h += 3) svg += text(left + h * cell + cell / 2, top - 8, String(h).padStart(2, '0'), 'text-anchor="middle"');
  weekdays.forEach((w, d) => {
    svg += text(left - 6, top + d * cell + cell / 2 + 4, w, 'text-anchor="end"');
  });
  svg += `</g>`;
  for (let d = 0; d < 7; d += 1) {
    for (let h = 0; h < 24; h += 1) {
      const c = byKey.get(d * 24 + h);
      let fill = '#f3f4f6';
      if (c !== undefined && c.value !== null && max > 0) {
        // From light blue to dark blue, by the cell's share of the best cell.
        const s = c.value / max;
        const light = [219, 234, 254];
        const dark = [30, 64, 175];
        fill = `rgb(${light.map((l, k) => String(Math.round(l + ((dark[k] as number) - l) * s))).join(',')})`;
      }
      svg += `<rect x="${n(left + h * cell)}" y="${n(top + d * cell)}" width="${String(cell - 2)}" height="${String(cell - 2)}" fill="${fill}">${c === undefined ? '' : `<title>${escapeXml(c.label)}</title>`}</rect>`;
    }
  }
  return `${svg}</svg>`;
}
