/**
 * The runtime function exports of socialkit and valid arguments for them,
 * shared by the reliability tests.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import * as socialkit from '../../src/index.js';
import { allExamples, exampleCalls, SRC } from './examples.js';

export type Fn = (...args: unknown[]) => unknown;

/** Exports that keep their own contracts, with the reason. */
export const EXCLUDED: Readonly<Record<string, string>> = {
  Decimal: 'the re-exported decimal.js class keeps its own contract (it accepts hex, NaN, Infinity by design)',
};

function isClass(fn: Fn): boolean {
  return /^class[\s{]/.test(Function.prototype.toString.call(fn));
}

/** Every runtime function export: of the root entry and of each module's index, by name (classes left out). */
export async function exportedFunctions(): Promise<Map<string, Fn>> {
  const found = new Map<string, Fn>();
  const modules: Record<string, unknown>[] = [socialkit as Record<string, unknown>];
  for (const dir of readdirSync(SRC, { withFileTypes: true })) {
    if (dir.isDirectory() && dir.name !== 'cli' && existsSync(join(SRC, dir.name, 'index.ts'))) {
      modules.push((await import(join(SRC, dir.name, 'index.ts'))) as Record<string, unknown>);
    }
  }
  for (const mod of modules) {
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== 'function' || Object.hasOwn(EXCLUDED, name)) continue;
      if (isClass(value as Fn)) continue; // error classes keep their own contract
      found.set(name, value as Fn);
    }
  }
  return found;
}

const examples = allExamples();
const scope: Record<string, unknown> = { ...socialkit, z };
const scopeNames = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));

/** Valid argument lists for a function, from its documentation's example calls (at most three). */
export function seedsFor(name: string): unknown[][] {
  const seeds: unknown[][] = [];
  for (const args of exampleCalls(name, examples)) {
    try {
      const make = new Function(...scopeNames, `return [${args}];`) as (...a: unknown[]) => unknown[];
      seeds.push(make(...scopeNames.map((n) => scope[n])));
    } catch {
      // an example argument that is not plain JavaScript (TypeScript syntax, a variable): skip it
    }
  }
  return seeds.slice(0, 3);
}

/** Every runtime export that is not a function: of the root entry and of each module's index, by module and name. */
export async function exportedValues(): Promise<{ module: string; name: string; value: unknown }[]> {
  const out: { module: string; name: string; value: unknown }[] = [];
  const modules: [string, Record<string, unknown>][] = [['socialkit', socialkit as Record<string, unknown>]];
  for (const dir of readdirSync(SRC, { withFileTypes: true })) {
    if (dir.isDirectory() && dir.name !== 'cli' && existsSync(join(SRC, dir.name, 'index.ts'))) {
      modules.push([`socialkit/${dir.name}`, (await import(join(SRC, dir.name, 'index.ts'))) as Record<string, unknown>]);
    }
  }
  for (const [module, mod] of modules) {
    for (const [name, value] of Object.entries(mod)) if (typeof value !== 'function') out.push({ module, name, value });
  }
  return out;
}
