/**
 * `npm run bench -- NAME` with a NAME that matches no benchmark file exits 1,
 * names the benchmarks there are, and leaves docs/benchmarks.md untouched
 * (the runner stops before it runs or writes anything, so this is fast).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

describe('npm run bench with a name that matches no benchmark', () => {
  it('exits 1 and leaves docs/benchmarks.md untouched', () => {
    const doc = join(root, 'docs', 'benchmarks.md');
    const before = readFileSync(doc, 'utf8');
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench', 'run.ts'), 'no-such-benchmark'], { cwd: root, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("No benchmark file matches 'no-such-benchmark'");
    expect(run.stderr).toContain('kpi.bench.ts');
    expect(run.stdout).not.toContain('▶');
    expect(readFileSync(doc, 'utf8')).toBe(before);
  });
});
