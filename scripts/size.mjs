#!/usr/bin/env node
// Size budget (after `npm run build`): each check bundles an entry the way a
// browser app would (esbuild, ESM, minified, browser target), gzips it, and
// fails when it grows past its limit or pulls in a package it must not.
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const dist = resolve('dist');
const RUNTIME = ['zod', 'decimal.js', 'date-fns', '@date-fns/tz'];
const moduleBudget = (name, kb) => ({
  name: `import * from 'socialkit/${name}' (dependencies external)`,
  needs: `${name}/index.js`,
  code: `export * from 'socialkit/${name}';`,
  limit: kb * 1024,
  external: RUNTIME,
  forbid: [],
});

// Budgets. The first two are the (a single formula under 1 KB, with
// neither zod nor decimal.js). The whole-library budget of issue 2 was 40 KB
// when one module existed. Most of the size is error messages that name the
// field and say what to do, and typed datasets (platform rules, currencies,
// marronniers, TLD lists) with their sources; six modules measured 79 KB
// and the budget was 96 KB; the observance data of the 2026-12 review added
// 4 KB, and crisis (19.6 KB on its own) about 14 KB more in the whole, so the
// budget is 112 KB. Each module has its own budget, about a fifth to a
// quarter above its size when it landed, so that any module's growth is
// caught where it happens (docs/benchmarks.md, "Bundle size").
const checks = [
  {
    name: "import { ctr } from 'socialkit/kpi'",
    needs: 'kpi/index.js',
    code: `export { ctr } from 'socialkit/kpi';`,
    limit: 1024,
    forbid: ['zod', 'decimal.js'],
  },
  {
    name: "import { ratio, isPlatformId } from 'socialkit/core'",
    needs: 'core/index.js',
    code: `export { ratio, isPlatformId } from 'socialkit/core';`,
    limit: 1024,
    forbid: ['zod', 'decimal.js'],
  },
  // After the 2026-12 review (zone clock, options reader with suggestions,
  // issue-code mapping, a parseXxx per domain schema, deep-frozen data, new
  // observances and platform facts, the crisis module), each budget is the
  // module's merged size plus about 15 % (docs/benchmarks.md, "Bundle size").
  // Issue 20: the registry's profile rules (every value with its source, date
  // and note) add 4.1 KB to core (16.5 → 20.6 KB) and so to editorial
  // (39.2 → 43.7 KB); both budgets rise by 4 KB.
  moduleBudget('core', 23),
  moduleBudget('kpi', 23), // issue 21: +6.1 KB measured (platformMetrics, normalizeMetrics), +25 %
  moduleBudget('persona', 20), // issue 21: +3.2 KB measured (postingWindowsFromHistory, blendPostingWindows), +25 %
  moduleBudget('strategy', 24),
  moduleBudget('calendar', 54),
  moduleBudget('editorial', 49),
  moduleBudget('crisis', 29),
  moduleBudget('report', 62),
  moduleBudget('benchmark', 18),
  moduleBudget('profile', 44),
  moduleBudget('budget', 34),
  moduleBudget('sql', 8.5), // issue 19: 6.75 KB measured + 25 %
  {
    name: "the whole library's own code (import * from 'socialkit', dependencies external)",
    needs: 'index.js',
    code: `export * from 'socialkit';`,
    // Issue 21 added 7.8 KB (budget +10), issue 20 11.4 KB: benchmark (3.1 KB)
    // and profile with the registry's profile rules (8.4 KB); budget +12.
    // Issue 16: the budget module, 26.9 KB on its own; issue 19: + 7 KB for
    // sql (6.88 KB on its own). Merged with issues 20 and 21 the whole
    // measured 152.6 KB (2026-12-04): the budget is that plus about 15 %.
    // Issue 18 (report) adds its own 18 KB on top; budget +18.
    limit: 193 * 1024,
    external: RUNTIME,
    forbid: [],
  },
];

// Import through the package name, as a user does, so that `exports` and
// `sideEffects: false` apply: a scratch folder whose node_modules/socialkit
// links to this package.
const dir = mkdtempSync(join(tmpdir(), 'socialkit-size-'));
mkdirSync(join(dir, 'node_modules'));
symlinkSync(resolve('.'), join(dir, 'node_modules', 'socialkit'), 'dir');
let failed = false;
try {
  for (const check of checks) {
    if (!existsSync(join(dist, check.needs))) {
      console.log(`- ${check.name}: skipped, dist/${check.needs} is not built (module not landed yet)`);
      continue;
    }
    const entry = join(dir, 'entry.mjs');
    writeFileSync(entry, check.code);
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      metafile: true,
      external: check.external ?? [],
      logLevel: 'silent',
    });
    const bytes = gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
    // Only files that put bytes into the output count (the metafile also lists files parsed and then shaken away).
    const output = Object.values(result.metafile.outputs)[0];
    const inputs = Object.entries(output.inputs)
      .filter(([, info]) => info.bytesInOutput > 0)
      .map(([path]) => path);
    const pulled = check.forbid.filter((pkg) => inputs.some((i) => i.includes(`node_modules/${pkg}/`)));
    const ok = bytes <= check.limit && pulled.length === 0;
    failed ||= !ok;
    console.log(
      `${ok ? '✓' : '✗'} ${check.name}: ${(bytes / 1024).toFixed(2)} KB gzipped (limit ${(check.limit / 1024).toFixed(0)} KB)` +
        (pulled.length > 0 ? `, pulls in ${pulled.join(' and ')}` : ''),
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failed) {
  console.error('Size budget exceeded.');
  process.exit(1);
}
