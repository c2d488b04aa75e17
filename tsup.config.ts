import { readdirSync, existsSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One entry per library module folder that has an index.ts (the CLI is not a library module).
const modules = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'cli' && existsSync(`src/${d.name}/index.ts`))
  .map((d) => d.name);
const entries = ['src/index.ts', ...modules.map((m) => `src/${m}/index.ts`)];

export default defineConfig([
  // ESM: one output file per source file, so bundlers tree-shake at file granularity
  // (importing `ctr` pulls in neither zod nor decimal.js).
  { entry: ['src/**/*.ts', '!src/cli/**'], format: ['esm'], bundle: false, outDir: 'dist', target: 'node20', sourcemap: false },
  // CJS: one shared-chunk build, so every subpath shares the same classes (instanceof works across subpaths).
  { entry: entries, format: ['cjs'], splitting: true, outDir: 'dist', target: 'node20', external: ['zod', 'decimal.js', 'date-fns', '@date-fns/tz'] },
  // The CLI (the package's bin): one bundled ESM file with csv-parse inside, so the library's runtime dependencies stay three.
  { entry: { 'cli/main': 'src/cli/main.ts' }, format: ['esm'], bundle: true, outDir: 'dist', target: 'node20', noExternal: ['csv-parse'], external: ['zod', 'decimal.js', 'date-fns', '@date-fns/tz'], banner: { js: '#!/usr/bin/env node' } },
  // Declarations for the entry points only, in both module flavours.
  { entry: entries, format: ['esm', 'cjs'], dts: { only: true }, outDir: 'dist' },
]);
