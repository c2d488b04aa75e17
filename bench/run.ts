/**
 * `npm run bench [-- name…]`: runs every `bench/*.bench.ts` (or those whose
 * file name contains one of the given names) and rewrites the results table
 * of `docs/benchmarks.md` between its markers. Benchmarks are measured here,
 * never asserted in timed tests.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { BenchRow } from './types.js';

const filters = process.argv.slice(2);
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((n) => f.includes(n)))
  .sort();
if (files.length === 0) {
  // A name that matches nothing is a typo: say so, and leave docs/benchmarks.md as it is.
  const known = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.bench.ts')).sort();
  console.error(`No benchmark file matches ${filters.map((f) => `'${f}'`).join(', ')}; the benchmarks are ${known.join(', ')}.`);
  process.exit(1);
}

const rows: BenchRow[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(new URL(file, import.meta.url).pathname).href)) as { run: () => Promise<BenchRow[]> };
  console.log(`▶ ${file}`);
  const result = await mod.run();
  for (const row of result) {
    console.log(`  ${row.pass === undefined ? '·' : row.pass ? '✓' : '✗'} ${row.name}: ${row.result}${row.target ? ` (target ${row.target})` : ''}`);
  }
  rows.push(...result.map((r) => ({ ...r, file })));
}

const docPath = new URL('../docs/benchmarks.md', import.meta.url);
const doc = readFileSync(docPath, 'utf8');
const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const header = `Last run: ${new Date().toISOString().slice(0, 10)} on Node ${process.version}, ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB.`;
// Rows of files not run this time are kept, so a filtered run updates only its own lines.
const previous = doc.slice(doc.indexOf(start) + start.length, doc.indexOf(end)).split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Benchmark') && !l.startsWith('|---'));
const kept = previous.filter((l) => !files.some((f) => l.includes(`\`${f}\``)));
const table = [
  '| Benchmark | Result | Target | Met | File |',
  '|---|---|---|---|---|',
  ...kept,
  ...rows.map((r) => `| ${r.name} | ${r.result} | ${r.target ?? '—'} | ${r.pass === undefined ? '—' : r.pass ? 'yes' : '**no**'} | \`${r.file}\` |`),
].join('\n');
const next = `${doc.slice(0, doc.indexOf(start) + start.length)}\n${header}\n\n${table}\n${doc.slice(doc.indexOf(end))}`;
writeFileSync(docPath, next);
if (rows.some((r) => r.pass === false)) {
  console.error('Some benchmark targets were not met (see docs/benchmarks.md).');
  process.exitCode = 1;
}
