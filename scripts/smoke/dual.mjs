// Dual-package smoke test of the installed tarball: one process loads the
// CommonJS build with require and the ESM build with import; an error thrown
// by either copy is instanceof the other copy's classes (the brand
// Symbol.for('socialkit.error')), and a subclass check stays exact.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const cjs = createRequire(import.meta.url)('socialkit');
const esm = await import('socialkit');
assert.notEqual(cjs.ValidationError, esm.ValidationError, 'two copies are loaded');
const thrown = (run) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
};
const fromCjs = thrown(() => cjs.money('-1', { nonNegative: true, path: 'reach' }));
const fromEsm = thrown(() => esm.money('-1', { nonNegative: true, path: 'reach' }));
assert.ok(fromCjs instanceof esm.ValidationError && fromCjs instanceof esm.SocialKitError);
assert.ok(fromEsm instanceof cjs.ValidationError && fromEsm instanceof cjs.SocialKitError);
const transition = new cjs.TransitionError('draft', 'publish');
assert.ok(transition instanceof esm.TransitionError && transition instanceof esm.SocialKitError);
assert.ok(!(transition instanceof esm.ValidationError));
assert.ok(!(new esm.InfeasibleError('no') instanceof cjs.CurrencyMismatchError));
console.log(`dual-package smoke ok on Node ${process.version}`);
