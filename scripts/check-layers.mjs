#!/usr/bin/env node
// The layer rule of DESIGN.md, checked on every import in src/:
// a module imports only from modules to its left, only through their
// `index.ts` (or core's private `internal.ts`), only the runtime
// dependencies DESIGN.md names, and no file imports itself in a cycle.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const LIBRARY = ['core', 'kpi', 'persona', 'strategy', 'editorial', 'calendar', 'crisis', 'budget', 'report', 'sql', 'benchmark', 'profile'];
const ALLOWED = {
  core: [],
  kpi: ['core'],
  persona: ['core', 'kpi'],
  strategy: ['core', 'kpi', 'persona'],
  editorial: ['core', 'kpi', 'persona', 'strategy'],
  calendar: ['core', 'kpi', 'persona', 'strategy', 'editorial'],
  crisis: ['core', 'kpi', 'persona', 'strategy', 'editorial', 'calendar'],
  budget: ['core', 'kpi', 'strategy'],
  report: LIBRARY.filter((m) => m !== 'report'),
  sql: ['core', 'kpi'],
  benchmark: ['core', 'kpi'],
  profile: ['core', 'kpi', 'persona', 'strategy', 'editorial'],
  cli: [...LIBRARY],
};
const RUNTIME = new Set(['zod', 'zod/mini', 'decimal.js', 'date-fns', '@date-fns/tz']);
const NODE_ALLOWED_IN = new Set(['cli']);
// Bundled into the CLI's own build (tsup noExternal), so never a runtime dependency of the library.
const CLI_BUNDLED = new Set(['csv-parse']);

const root = resolve(process.argv[2] ?? 'src');
const problems = [];
const graph = new Map();

function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.ts')) check(path);
  }
}

// The files another module may import: each module's index.ts, and core's private internal.ts.
const ENTRIES = new Set(['index.ts', 'core/internal.ts']);
function entryOf(file) {
  const rel = relative(root, file).split(/[\\/]/);
  return rel[1] === 'index.ts' ? 'index.ts' : rel.join('/');
}

function moduleOf(file) {
  const rel = relative(root, file).split(/[\\/]/);
  return rel.length === 1 ? '(root)' : rel[0];
}

// Matches `import … from '…'`, `export … from '…'` and `import('…')`; the
// specifier is a quoted run without quotes, so matching is linear.
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;

function check(file) {
  const text = readFileSync(file, 'utf8');
  const from = moduleOf(file);
  const deps = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3];
    const where = `${relative(process.cwd(), file)}: '${spec}'`;
    if (spec.startsWith('.')) {
      const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
      deps.push(target);
      const to = moduleOf(target);
      if (from === '(root)') continue;
      if (to === '(root)') problems.push(`${where}: a module must not import the root entry`);
      else if (to !== from) {
        const allowed = ALLOWED[from];
        if (allowed === undefined) problems.push(`${where}: module '${from}' is not in the layer table of scripts/check-layers.mjs`);
        else if (!allowed.includes(to)) problems.push(`${where}: '${from}' may not import '${to}' (allowed: ${allowed.join(', ') || 'nothing'})`);
        else if (!ENTRIES.has(entryOf(target))) {
          problems.push(`${where}: import '${to}' through its index.ts${to === 'core' ? " (or core's internal.ts)" : ''}, not past it`);
        }
      }
    } else if (spec.startsWith('node:')) {
      if (!NODE_ALLOWED_IN.has(from)) problems.push(`${where}: the library does no I/O; node built-ins are for the CLI only`);
    } else if (from === 'cli' && CLI_BUNDLED.has(spec)) {
      // allowed: see CLI_BUNDLED
    } else if (!RUNTIME.has(spec)) {
      problems.push(`${where}: '${spec}' is not a runtime dependency named in DESIGN.md`);
    }
  }
  graph.set(resolve(file), deps);
}

walk(root);

// File-level cycles (depth-first search with colours).
const state = new Map();
function visit(node, stack) {
  state.set(node, 'open');
  for (const dep of graph.get(node) ?? []) {
    if (state.get(dep) === 'open') {
      const cycle = [...stack.slice(stack.indexOf(dep)), dep].map((f) => relative(process.cwd(), f));
      problems.push(`import cycle: ${cycle.join(' → ')}`);
    } else if (!state.has(dep)) visit(dep, [...stack, dep]);
  }
  state.set(node, 'done');
}
for (const node of graph.keys()) if (!state.has(node)) visit(node, [node]);

if (problems.length > 0) {
  console.error(`Layer check failed (${problems.length}):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`Layer check passed: ${graph.size} files, modules ${[...new Set([...graph.keys()].map(moduleOf))].sort().join(', ')}.`);
