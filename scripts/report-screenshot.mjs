#!/usr/bin/env node
// Regenerates the README's screenshot of the report (docs/images/report.png)
// from out/report.html (run `npm run demo` first), with Debian's chromium
// driven by playwright-core: `npm run docs:screenshot`.
/* global document -- page.evaluate runs in the browser */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const html = resolve(process.argv[2] ?? 'out/report.html');
const png = resolve(process.argv[3] ?? 'docs/images/report.png');
if (!existsSync(html)) {
  console.error(`${html} is missing: run npm run demo first`);
  process.exit(1);
}
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-dev-shm-usage'],
});
const page = await browser.newPage({ viewport: { width: 1000, height: 1500 }, deviceScaleFactor: 1 });
await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
if (process.env.SCREENSHOT_DEBUG) console.log(await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, wide: [...document.querySelectorAll('table')].map((t) => Math.round(t.getBoundingClientRect().width)).filter((w) => w > 960) })));
const y = Number(process.env.SCREENSHOT_Y ?? 0);
await page.screenshot({ path: png, clip: { x: 0, y, width: 1000, height: 1500 } });
await browser.close();
console.log(`${png} written`);
