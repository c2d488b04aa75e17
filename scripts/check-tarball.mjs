#!/usr/bin/env node
// Package hygiene on the real tarball: only dist/, CHANGELOG.md and what npm
// always adds; runtime dependencies exactly those DESIGN.md names; no install
// scripts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const RUNTIME_DEPENDENCIES = ['@date-fns/tz', 'date-fns', 'decimal.js'];
export const PEER_DEPENDENCIES = ['zod'];
const ALWAYS = new Set(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']);

/**
 * Problems found in a packed tarball's file list and package.json.
 *
 * @param {string[]} files - the paths inside `package/`
 * @param {Record<string, unknown>} manifest - the tarball's package.json
 * @returns {string[]} the problems, empty when the package is clean
 */
export function tarballProblems(files, manifest) {
  const problems = [];
  for (const f of files) if (!f.startsWith('dist/') && !ALWAYS.has(f)) problems.push(`unexpected file in the package: ${f}`);
  if (!files.some((f) => f.startsWith('dist/'))) problems.push('the package holds no dist/ (build first)');
  const deps = Object.keys(manifest.dependencies ?? {}).sort();
  if (JSON.stringify(deps) !== JSON.stringify(RUNTIME_DEPENDENCIES)) {
    problems.push(`runtime dependencies must be exactly ${RUNTIME_DEPENDENCIES.join(', ')}; found ${deps.join(', ') || 'none'}`);
  }
  const peers = Object.keys(manifest.peerDependencies ?? {}).sort();
  if (JSON.stringify(peers) !== JSON.stringify(PEER_DEPENDENCIES)) problems.push(`peer dependencies must be exactly zod; found ${peers.join(', ') || 'none'}`);
  if (Object.keys(manifest.optionalDependencies ?? {}).length > 0) problems.push('optionalDependencies must be empty');
  if (Object.keys(manifest.bundleDependencies ?? manifest.bundledDependencies ?? {}).length > 0) problems.push('bundled dependencies must be empty');
  for (const s of ['preinstall', 'install', 'postinstall', 'prepare']) {
    if (manifest.scripts?.[s] !== undefined) problems.push(`the package must not have a ${s} script`);
  }
  return problems;
}

if (process.argv[2]) {
  const dir = mkdtempSync(join(tmpdir(), 'socialkit-tar-'));
  try {
    const list = execFileSync('tar', ['-tzf', process.argv[2]], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l !== '' && !l.endsWith('/'))
      .map((l) => l.replace(/^package\//, ''));
    execFileSync('tar', ['-xzf', process.argv[2], '-C', dir, 'package/package.json']);
    const manifest = JSON.parse(readFileSync(join(dir, 'package', 'package.json'), 'utf8'));
    const problems = tarballProblems(list, manifest);
    if (problems.length > 0) {
      console.error(`Tarball check failed:\n- ${problems.join('\n- ')}`);
      process.exit(1);
    }
    console.log(`Tarball ok: ${list.length} files, dependencies ${RUNTIME_DEPENDENCIES.join(', ')}, peer zod, no install scripts.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
