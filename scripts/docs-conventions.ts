/**
 * Writes docs/conventions.md: every public function of socialkit, by module,
 * with its positional parameters and the keys of its options object, read
 * from the TypeScript declarations (the compiler API over src/). Run by
 * `npm run docs:conventions`; test/reliability/conventions.test.ts checks
 * that the committed doc is what this script writes and that every function
 * has one of the shapes DESIGN.md allows.
 */
import { readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** How a function takes its arguments. */
export type Shape = 'formula' | 'subject' | 'subject, options' | 'options' | 'none' | 'shorthand' | 'guard' | 'operation' | 'irregular';

/** One public function and its parameters. */
export interface FunctionRow {
  module: string;
  name: string;
  positional: string[];
  options: string[] | null;
  shape: Shape;
}

/**
 * The shorthands DESIGN.md's Functions paragraph names (positional arguments
 * beyond the subject, or no options object), with the reason each is one.
 */
export const SHORTHANDS: Readonly<Record<string, string>> = {
  measureText: 'measureText(text, platform, options): the platform is named with the text, as every caller writes it',
  fromLocal: 'a local-time helper: fromLocal(date, time, timeZone)',
  toLocalDate: 'a local-time helper: toLocalDate(at, timeZone)',
  toLocalTime: 'a local-time helper: toLocalTime(at, timeZone)',
  weekdayOf: 'a local-time helper: weekdayOf(at, timeZone)',
  isoWeekKey: 'a local-time helper: isoWeekKey(at, timeZone)',
  monthKey: 'a local-time helper: monthKey(at, timeZone)',
  utcOffsetMinutes: 'a local-time helper: utcOffsetMinutes(at, timeZone)',
  createTimeBucketer: 'a local-time helper: createTimeBucketer(timeZone)',
  zoneOffsetMinutes: 'a local-time helper: zoneOffsetMinutes(ms, timeZone)',
  ratio: 'ratio(numerator, denominator): two peers of one division',
};

/**
 * Operations: a subject, then what is applied to it (an action, an event, a
 * second set), then options. The second argument is no option: the call
 * means nothing without it.
 */
export const OPERATIONS: Readonly<Record<string, string>> = {
  allocateMoney: 'allocateMoney(total, weights, { currency }): the amount and how it splits (the model the currency option follows)',
  getPlatform: 'getPlatform(id, overrides): the overrides are the facts to replace',
  coverage: 'coverage(personas, platforms, options): which of these platforms the personas cover',
  personaPlatformFit: 'personaPlatformFit(persona, platforms): the persona against each platform',
  buildUtmUrl: 'buildUtmUrl(url, utm): the URL and the parameters to add',
  expandMixPreset: 'expandMixPreset(preset, pillars): the preset spread over these pillars',
  transition: 'transition(post, action, options): the workflow action applied to the post',
  reschedule: 'reschedule(plan, id, at): the post of the plan and its new time',
  resume: 'resume(plan, freezeId, options): the freeze of the plan to lift',
  renderStatement: 'renderStatement(template, facts, options): the template filled with the facts',
  appendEvent: 'appendEvent(log, event): the event appended to the log',
  postMortem: 'postMortem(log, series, options): the incident log read against its mention series',
  allocateWithBounds: 'allocateWithBounds(total, weights, { currency, min, max }): the amount and how it splits, as allocateMoney, within bounds',
  forecastMediaPlan: 'forecastMediaPlan(mediaPlan, curves, options): the plan read on one response curve per line item',
  blendPostingWindows: "blendPostingWindows(fromHistory, fromAudience, { weight }): two peer lists of windows, blended by history's share",
};

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SRC = join(ROOT, 'src');

function modules(): string[] {
  return readdirSync(SRC, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'cli' && existsSync(join(SRC, d.name, 'index.ts')))
    .map((d) => d.name)
    .sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b) || a.localeCompare(b));
}
const ORDER = ['core', 'kpi', 'persona', 'strategy', 'editorial', 'calendar', 'crisis', 'budget', 'benchmark', 'profile', 'sql', 'report'];

function isObjectLike(type: ts.Type, checker: ts.TypeChecker): boolean {
  const t = checker.getNonNullableType(type);
  if (t.isUnion()) return t.types.some((u) => isObjectLike(u, checker));
  if (t.isIntersection()) return t.types.every((u) => isObjectLike(u, checker));
  if (!(t.flags & ts.TypeFlags.Object)) return false;
  if (checker.isArrayType(t) || checker.isTupleType(t)) return false;
  if (t.getCallSignatures().length > 0) return false;
  const name = t.getSymbol()?.getName();
  return name !== 'Date' && name !== 'Decimal' && name !== 'ReadonlyArray' && name !== 'Iterable' && name !== 'AsyncIterable' && name !== 'Map' && name !== 'Set';
}

function keysOf(type: ts.Type, checker: ts.TypeChecker): string[] {
  const t = checker.getNonNullableType(type);
  const parts = t.isUnion() ? t.types : [t];
  const keys: string[] = [];
  for (const part of parts) {
    if (!isObjectLike(part, checker)) continue;
    for (const p of checker.getPropertiesOfType(part)) if (!keys.includes(p.getName())) keys.push(p.getName());
  }
  return keys;
}

/**
 * Reads every public function's parameters from the sources.
 *
 * @returns the rows, by module in layer order, then by export order
 */
export function functionRows(): FunctionRow[] {
  const names = modules();
  const files = names.map((m) => join(SRC, m, 'index.ts'));
  const program = ts.createProgram(files, { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const rows: FunctionRow[] = [];
  names.forEach((module, i) => {
    const source = program.getSourceFile(files[i] as string);
    const symbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (symbol === undefined) throw new Error(`cannot read ${module}/index.ts`);
    for (const exported of checker.getExportsOfModule(symbol)) {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (!(target.flags & ts.SymbolFlags.Function)) continue;
      const declaration = target.declarations?.find(ts.isFunctionDeclaration);
      if (declaration === undefined) continue;
      const params = declaration.parameters.map((p) => ({ name: p.name.getText(), type: checker.getTypeAtLocation(p) }));
      const last = params[params.length - 1];
      const hasOptions = last !== undefined && params.length >= 1 && /options$/i.test(last.name) && isObjectLike(last.type, checker);
      const positional = (hasOptions ? params.slice(0, -1) : params).map((p) =>
        p.name === 'input' && params.length === 1 && keysOf(p.type, checker).length > 0 ? `{ ${keysOf(p.type, checker).join(', ')} }` : p.name,
      );
      const shape: Shape = Object.hasOwn(SHORTHANDS, exported.getName())
        ? 'shorthand'
        : Object.hasOwn(OPERATIONS, exported.getName())
          ? 'operation'
          : params[1]?.name === 'path' && (params.length === 2 || (params.length === 3 && hasOptions))
            ? 'guard'
            : params.length === 0
          ? 'none'
          : hasOptions
            ? positional.length === 0
              ? 'options'
              : positional.length === 1
                ? 'subject, options'
                : 'irregular'
            : params.length === 1
              ? positional[0]?.startsWith('{') === true
                ? 'formula'
                : 'subject'
              : 'irregular';
      rows.push({ module, name: exported.getName(), positional, options: hasOptions && last !== undefined ? keysOf(last.type, checker) : null, shape });
    }
  });
  return rows;
}

const HEAD = `# Conventions

<!-- Generated by \`npm run docs:conventions\` (scripts/docs-conventions.ts) from the declarations: do not edit by hand. -->

DESIGN.md's rule for every function: **the subject first, an options object
last**. A formula, whose inputs are peers, takes one object with named fields
(\`ctr({ clicks, impressions })\`). Options objects are strict: a misspelt key
is a \`ValidationError\` (\`unknownKey\`) that suggests the right one. A test
(\`test/reliability/conventions.test.ts\`) checks this table against the
exports, so it lists every public function as it is.

Shapes: *formula* (one object of named inputs), *subject* (one argument),
*subject, options*, *options* (an options object alone: a builder whose
whole input is named), *none*, *guard* (\`(value, path)\`: checks a value and
names its field in the error), the *operations* (a subject, what is applied
to it, then options) and the documented *shorthands*.

`;

/**
 * Renders docs/conventions.md.
 *
 * @returns the markdown text
 */
export function renderConventionsDoc(): string {
  const rows = functionRows();
  const lines = [HEAD.trimEnd(), ''];
  lines.push('Shorthands:', '');
  for (const [name, reason] of Object.entries(SHORTHANDS)) lines.push(`- \`${name}\`: ${reason}.`);
  lines.push('', 'Operations:', '');
  for (const [name, reason] of Object.entries(OPERATIONS)) lines.push(`- \`${name}\`: ${reason}.`);
  let current = '';
  for (const row of rows) {
    if (row.module !== current) {
      current = row.module;
      lines.push('', `## ${row.module === 'core' ? 'socialkit/core (and socialkit)' : `socialkit/${row.module}`}`, '', '| function | positional parameters | options (last argument) | shape |', '|---|---|---|---|');
    }
    const positional = row.positional.length === 0 ? '—' : row.positional.map((p) => `\`${p}\``).join(', ');
    const options = row.options === null ? '—' : row.options.length === 0 ? '(none yet)' : row.options.map((k) => `\`${k}\``).join(', ');
    lines.push(`| \`${row.name}\` | ${positional} | ${options} | ${row.shape} |`);
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  writeFileSync(join(ROOT, 'docs', 'conventions.md'), renderConventionsDoc());
  console.log('docs/conventions.md written');
}
