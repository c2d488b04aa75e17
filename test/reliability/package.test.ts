/**
 * Supply chain and package hygiene (issue 3): the runtime dependencies are
 * exactly those DESIGN.md names, the package holds only dist/ and the files
 * npm always adds, there is no install script, and the lockfile is committed.
 * `scripts/check-tarball.mjs` applies the same rules to the real tarball in CI.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module of the CI scripts, without declarations
import { RUNTIME_DEPENDENCIES, tarballProblems } from '../../scripts/check-tarball.mjs';

const root = join(import.meta.dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;

interface PackFile {
  path: string;
}

describe('package hygiene', () => {
  it('lists exactly the runtime dependencies DESIGN.md names, and zod as the peer', () => {
    expect(Object.keys(manifest.dependencies as object).sort()).toEqual(RUNTIME_DEPENDENCIES);
    expect(Object.keys(manifest.peerDependencies as object)).toEqual(['zod']);
  });

  it('the tarball rules catch what they must', () => {
    const clean = { dependencies: { '@date-fns/tz': '1', 'date-fns': '4', 'decimal.js': '10' }, peerDependencies: { zod: '4' } };
    expect(tarballProblems(['dist/index.js', 'package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'], clean)).toEqual([]);
    expect(tarballProblems(['dist/index.js', 'src/index.ts'], clean)).toEqual(['unexpected file in the package: src/index.ts']);
    expect(tarballProblems(['dist/a.js'], { ...clean, dependencies: { ...clean.dependencies, lodash: '4' } })[0]).toMatch(/exactly @date-fns\/tz, date-fns, decimal.js; found .*lodash/);
    expect(tarballProblems(['dist/a.js'], { ...clean, scripts: { postinstall: 'node x' } })).toEqual(['the package must not have a postinstall script']);
    expect(tarballProblems(['package.json'], clean)).toEqual(['the package holds no dist/ (build first)']);
  });

  it('npm pack would publish only dist/, CHANGELOG.md and what npm always adds', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const files = (JSON.parse(out) as { files: PackFile[] }[])[0]!.files.map((f) => f.path);
    const problems = tarballProblems(files, manifest) as string[];
    // Without a build there is no dist/ to pack; CI builds first and checks the real tarball too.
    const relevant = existsSync(join(root, 'dist')) ? problems : problems.filter((p) => !p.includes('no dist/'));
    expect(relevant).toEqual([]);
    expect(files).toContain('package.json');
    expect(files).toContain('CHANGELOG.md');
  });

  it('has no install scripts and a committed lockfile', () => {
    const scripts = (manifest.scripts ?? {}) as Record<string, string>;
    for (const s of ['preinstall', 'install', 'postinstall', 'prepare']) expect(scripts[s]).toBeUndefined();
    expect(existsSync(join(root, 'package-lock.json'))).toBe(true);
    const tracked = execFileSync('git', ['ls-files', 'package-lock.json'], { cwd: root, encoding: 'utf8' }).trim();
    expect(tracked).toBe('package-lock.json');
  });

  it('declares the module contract the issue asks for', () => {
    expect(manifest.sideEffects).toBe(false);
    expect(manifest.files).toEqual(['dist', 'CHANGELOG.md']);
    expect((manifest.engines as Record<string, string>).node).toBe('>=20');
    const exportsMap = manifest.exports as Record<string, unknown>;
    for (const [key, value] of Object.entries(exportsMap)) {
      if (key === './package.json') continue;
      for (const condition of ['import', 'require'] as const) {
        const entry = (value as Record<string, Record<string, string>>)[condition]!;
        expect(Object.keys(entry)[0], `${key} ${condition}: types first`).toBe('types');
      }
    }
  });
});
