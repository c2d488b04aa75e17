/**
 * `npm run bench:cli [rows]`: the CLI's `summarize` on a generated CSV of
 * 10 M rows (by default) grouped by platform × ISO week, against DuckDB's
 * `read_csv` with the same grouping, in the same run on the same file. Each
 * side runs in its own process under /usr/bin/time (elapsed seconds and peak
 * RSS). Needs `npm run build` first (it runs the bundled bin, as a user
 * does). Writes the "CLI summarize" section of docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

const rows = Number(process.argv[2] ?? 10_000_000);
const cli = 'dist/cli/main.js';
if (!existsSync(cli)) {
  console.error(`${cli} is missing: run npm run build first`);
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'socialkit-bench-'));
const file = join(dir, 'posts.csv');

async function generate(): Promise<void> {
  const out = createWriteStream(file);
  const platforms = ['instagram', 'facebook', 'linkedin', 'tiktok', 'x'];
  let seed = 42;
  const next = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
  const start = Date.UTC(2026, 0, 1);
  let chunk = 'id,platform,publishedAt,impressions,reach,engagements,clicks\n';
  for (let i = 0; i < rows; i += 1) {
    const reach = 100 + (next() % 9900);
    const at = new Date(start + (next() % 31_536_000) * 1000).toISOString().slice(0, 19) + 'Z';
    chunk += `p${String(i)},${platforms[i % 5] ?? 'x'},${at},${String(reach + (next() % 2000))},${String(reach)},${String(next() % 400)},${String(next() % 100)}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
      chunk = '';
    }
  }
  out.end(chunk);
  await new Promise<void>((r) => out.on('finish', () => r()));
}

function timed(command: string[]): { seconds: number; cpu: number; rssMb: number; stdout: string } {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', ...command], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, DUCK_FILE: file } });
  if (run.status !== 0) throw new Error(`${command.join(' ')} failed: ${run.stderr}`);
  const [seconds, user, system, kb] = (run.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  return { seconds: seconds ?? NaN, cpu: (user ?? NaN) + (system ?? NaN), rssMb: (kb ?? NaN) / 1024, stdout: run.stdout };
}

const DUCK = `
import { DuckDBInstance } from '@duckdb/node-api';
const db = await DuckDBInstance.create(':memory:', { threads: '2' });
const c = await db.connect();
const r = await c.runAndReadAll(\`SELECT platform, strftime(publishedAt::TIMESTAMP, '%G-W%V') AS week, count(*) AS posts, sum(impressions) AS impressions,
  sum(reach) AS reach, sum(engagements) AS engagements, sum(clicks) AS clicks, sum(engagements) / sum(reach) AS er
  FROM read_csv('\${process.env.DUCK_FILE}') GROUP BY ALL ORDER BY ALL\`);
console.log(r.getRowObjectsJson().length);
`;

await generate();
const size = statSync(file).size;
console.log(`${String(rows)} rows, ${(size / 1e6).toFixed(0)} MB in ${file}`);
const ours = timed([process.execPath, cli, 'summarize', file, '--by', 'platform,week', '--tz', 'UTC', '--format', 'csv']);
const duck = timed([process.execPath, '--input-type=module', '-e', DUCK]);
const groups = ours.stdout.trim().split('\n').length - 1;
rmSync(dir, { recursive: true, force: true });
const rate = (s: number): string => `${((rows / s) / 1e6).toFixed(2)} M rows/s`;
console.log(`socialkit summarize: ${ours.seconds.toFixed(1)} s, CPU ${ours.cpu.toFixed(1)} s (${rate(ours.seconds)}), peak RSS ${ours.rssMb.toFixed(0)} MB, ${String(groups)} groups`);
console.log(`DuckDB read_csv: ${duck.seconds.toFixed(1)} s, CPU ${duck.cpu.toFixed(1)} s (${rate(duck.seconds)}), peak RSS ${duck.rssMb.toFixed(0)} MB, ${duck.stdout.trim()} groups`);

const section = `<!-- cli-summarize:start -->
## CLI summarize: ${String(rows / 1e6)} M CSV rows by platform × ISO week (\`npm run bench:cli\`)

One generated CSV (${(size / 1e6).toFixed(0)} MB, ${String(rows)} rows, 5 platforms over 2026), grouped by platform × ISO week, each side in its own process on this machine (${String(availableParallelism())} cores, Node ${process.version}), elapsed time, CPU time (user + system, all threads) and peak RSS from /usr/bin/time. The machine is shared: load average ${os.loadavg()[0]?.toFixed(1) ?? '?'} at the end of the run, so elapsed times are longer than on an idle machine and CPU time is the steadier figure.

| tool | elapsed | CPU | rows per second (elapsed) | rows per CPU second | peak RSS |
| --- | ---: | ---: | ---: | ---: | ---: |
| \`socialkit summarize --by platform,week\` (plain-CSV fast path, csv-parse for quoted files, batches through kpi's summarize) | ${ours.seconds.toFixed(1)} s | ${ours.cpu.toFixed(1)} s | ${rate(ours.seconds)} | ${rate(ours.cpu)} | ${ours.rssMb.toFixed(0)} MB |
| DuckDB \`read_csv\` + GROUP BY (@duckdb/node-api 1.5.6-r.1, 2 threads) | ${duck.seconds.toFixed(1)} s | ${duck.cpu.toFixed(1)} s | ${rate(duck.seconds)} | ${rate(duck.cpu)} | ${duck.rssMb.toFixed(0)} MB |

Ratio: socialkit takes ${(ours.seconds / duck.seconds).toFixed(1)} × DuckDB's elapsed time and ${(ours.cpu / duck.cpu).toFixed(1)} × its CPU time (goal: within 2 × its time); peak RSS ${ours.rssMb.toFixed(0)} MB (goal: under 200 MB).
<!-- cli-summarize:end -->
`;
const doc = readFileSync('docs/benchmarks.md', 'utf8');
const updated = doc.includes('<!-- cli-summarize:start -->') ? doc.replace(/<!-- cli-summarize:start -->[\s\S]*<!-- cli-summarize:end -->\n/, section) : `${doc.trimEnd()}\n\n${section}`;
writeFileSync('docs/benchmarks.md', updated);
console.log('docs/benchmarks.md updated');
