import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// scripts/check-layers.mjs run on small source trees.
const dirs: string[] = [];
function layers(files: Record<string, string>): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'socialkit-layers-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const run = spawnSync(process.execPath, ['scripts/check-layers.mjs', dir], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('check-layers', () => {
  const base = { 'core/index.ts': 'export const a = 1;\n', 'core/internal.ts': 'export const b = 2;\n', 'core/count.ts': 'export const c = 3;\n' };

  it("accepts imports through a module's index.ts and core's internal.ts", () => {
    const r = layers({ ...base, 'kpi/ctr.ts': "import { a } from '../core/index.js';\nimport { b } from '../core/internal.js';\n" });
    expect(r.output).toContain('Layer check passed');
    expect(r.ok).toBe(true);
  });

  it("refuses an import that reaches into another module's file", () => {
    const r = layers({ ...base, 'kpi/ctr.ts': "import { c } from '../core/count.js';\n" });
    expect(r.ok).toBe(false);
    expect(r.output).toContain("import 'core' through its index.ts (or core's internal.ts), not past it");
  });

  it("refuses an import of another module's internal file", () => {
    const r = layers({
      ...base,
      'editorial/index.ts': 'export const e = 1;\n',
      'editorial/editorial-line.ts': 'export const t = 1;\n',
      'calendar/plan.ts': "import { t } from '../editorial/editorial-line.js';\n",
    });
    expect(r.ok).toBe(false);
    expect(r.output).toContain("import 'editorial' through its index.ts, not past it");
  });
});
