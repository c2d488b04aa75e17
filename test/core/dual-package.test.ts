/**
 * The dual-package hazard: a process that loads socialkit once through
 * `require` (the CommonJS build) and once through `import` (the ESM build)
 * holds two copies of every error class. The brand
 * `Symbol.for('socialkit.error')` lets each copy recognise the other's
 * errors. Both copies are built here from src/ with esbuild into a temporary
 * folder, so the test needs no prior `npm run build`; scripts/smoke does the
 * same check on the packed tarball.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Core = typeof import('../../src/core/index.js');

let dir: string;
let cjs: Core;
let esm: Core;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'socialkit-dual-'));
  const common: BuildOptions = { entryPoints: ['src/core/index.ts'], bundle: true, platform: 'node', target: 'node20', logLevel: 'silent' };
  await build({ ...common, format: 'cjs', outfile: join(dir, 'core.cjs') });
  await build({ ...common, format: 'esm', outfile: join(dir, 'core.mjs') });
  cjs = createRequire(import.meta.url)(join(dir, 'core.cjs')) as Core;
  esm = (await import(pathToFileURL(join(dir, 'core.mjs')).href)) as Core;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('errors from the CommonJS copy and the ESM copy in one process', () => {
  it('are two copies with distinct classes', () => {
    expect(cjs.ValidationError).not.toBe(esm.ValidationError);
    expect(cjs.SocialKitError).not.toBe(esm.SocialKitError);
  });

  it('a ValidationError from require is instanceof the ESM ValidationError and SocialKitError, and the other way round', () => {
    const fromCjs = thrown(() => cjs.money('-1', { nonNegative: true }));
    const fromEsm = thrown(() => esm.money('-1', { nonNegative: true }));
    expect(fromCjs instanceof esm.ValidationError).toBe(true);
    expect(fromCjs instanceof esm.SocialKitError).toBe(true);
    expect(fromEsm instanceof cjs.ValidationError).toBe(true);
    expect(fromEsm instanceof cjs.SocialKitError).toBe(true);
    expect(fromCjs instanceof Error).toBe(true);
  });

  it('each subclass is recognised across copies, and only as itself and SocialKitError', () => {
    const make = (core: Core) => ({
      ValidationError: new core.ValidationError([{ code: 'invalidValue', message: 'x', path: [] }]),
      CurrencyMismatchError: new core.CurrencyMismatchError('EUR', 'USD'),
      InfeasibleError: new core.InfeasibleError('no'),
      TransitionError: new core.TransitionError('draft', 'publish'),
    });
    const names = ['ValidationError', 'CurrencyMismatchError', 'InfeasibleError', 'TransitionError'] as const;
    for (const [from, to] of [
      [cjs, esm],
      [esm, cjs],
    ] as const) {
      const errors = make(from);
      for (const made of names) {
        expect(errors[made] instanceof to.SocialKitError).toBe(true);
        for (const klass of names) expect(errors[made] instanceof to[klass], `${made} instanceof other ${klass}`).toBe(made === klass);
      }
      const transition = thrown(() => {
        throw errors.TransitionError;
      });
      expect(transition instanceof to.ValidationError).toBe(false);
    }
  });

  it('a plain Error, an object with a forged name, null and primitives are not socialkit errors', () => {
    for (const value of [new Error('x'), { name: 'ValidationError' }, null, undefined, 'ValidationError', 3]) {
      expect(value instanceof esm.SocialKitError).toBe(false);
      expect(value instanceof cjs.ValidationError).toBe(false);
    }
    // A revoked proxy throws a TypeError, as it does for the ordinary instanceof.
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(() => revoked.proxy instanceof Error).toThrow(TypeError);
    expect(() => revoked.proxy instanceof esm.ValidationError).toThrow(TypeError);
  });

  it("a caller's own subclass matches its own instances only", () => {
    class MyError extends esm.ValidationError {}
    const mine = new MyError([{ code: 'invalidValue', message: 'x', path: [] }]);
    expect(mine instanceof MyError).toBe(true);
    expect(mine instanceof cjs.ValidationError).toBe(true);
    expect(new cjs.ValidationError([]) instanceof MyError).toBe(false);
    expect(new esm.ValidationError([]) instanceof MyError).toBe(false);
  });
});
