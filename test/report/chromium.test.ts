/// <reference lib="dom" />
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportToHtml } from '../../src/report/index.js';
import { fullReport } from './report-fixture.js';

// Debian's chromium, driven by playwright-core (never `playwright install`: no browser download).
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-dev-shm-usage'];
const available = existsSync(CHROMIUM);
const ARTIFACTS = resolve('test/artifacts');

if (!available) {
  if (process.env.CI === 'true') {
    describe('report HTML in Chromium', () => {
      it('needs Chromium in CI', () => {
        throw new Error(`${CHROMIUM} is missing: .ci/run installs it with apt-get (chromium)`);
      });
    });
  } else console.warn(`report HTML in Chromium: skipped, ${CHROMIUM} is missing (apt-get install chromium)`);
}

// A4 less 14 mm margins each side, at 96 px per inch.
const MM = 96 / 25.4;
const PAGE = { width: Math.floor((210 - 28) * MM), height: Math.floor((297 - 28) * MM) };

describe.skipIf(!available)('report HTML in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser.close();
  });

  for (const locale of ['fr', 'en'] as const) {
    it(`renders in ${locale}: no console error, no network, every chart sized and titled, each chart on one printed page`, async () => {
      const file = join(ARTIFACTS, `report-${locale}.html`);
      writeFileSync(file, reportToHtml(fullReport(locale)));
      const url = pathToFileURL(file).href;
      const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(url, { waitUntil: 'load' });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
      const charts = await page.$$eval('figure.chart svg', (svgs) =>
        svgs.map((svg) => {
          const box = svg.getBoundingClientRect();
          return { role: svg.getAttribute('role'), title: svg.querySelector(':scope > title')?.textContent ?? '', width: box.width, height: box.height, table: document.getElementById(svg.parentElement?.getAttribute('aria-describedby') ?? '')?.querySelector('table') !== null };
        }),
      );
      expect(charts).toHaveLength(4);
      for (const c of charts) {
        expect(c.role).toBe('img');
        expect(c.title.length).toBeGreaterThan(0);
        expect(c.width).toBeGreaterThan(100);
        expect(c.height).toBeGreaterThan(50);
        expect(c.table).toBe(true);
      }
      await page.screenshot({ path: join(ARTIFACTS, `report-${locale}.png`), fullPage: true });

      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize(PAGE);
      const boxes = await page.$$eval('figure.chart', (figs) => figs.map((f) => ({ width: f.getBoundingClientRect().width, height: f.getBoundingClientRect().height })));
      for (const b of boxes) {
        expect(b.width).toBeLessThanOrEqual(PAGE.width);
        expect(b.height).toBeLessThanOrEqual(PAGE.height);
      }
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await page.close();
      expect(errors).toEqual([]);
      expect(requests).toEqual([url]);
    }, 60_000);
  }
});
