// ESM smoke test of the installed tarball: every subpath imports, shares its
// values with the root entry, and a few real computations give the right answers.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(require.resolve('socialkit/package.json'), 'utf8'));
const root = await import('socialkit');
const subpaths = Object.keys(pkg.exports).filter((k) => k !== '.' && k !== './package.json');
assert.ok(subpaths.includes('./core'), 'socialkit/core is exported');
for (const sub of subpaths) {
  const mod = await import(`socialkit/${sub.slice(2)}`);
  const names = Object.keys(mod);
  assert.ok(names.length > 0, `socialkit/${sub.slice(2)} exports something`);
  for (const name of names) assert.equal(root[name], mod[name], `socialkit.${name} is socialkit/${sub.slice(2)}.${name}`);
}

const { Decimal, platforms, money, allocateMoney, ratio, fromLocal, ValidationError, SocialKitError } = root;
assert.equal(money('0.1').plus('0.2').toString(), '0.3');
assert.ok(money('1') instanceof Decimal);
assert.deepEqual(allocateMoney('100', [1, 1, 1], { currency: 'EUR' }).map(String), ['33.34', '33.33', '33.33']);
assert.equal(platforms.bluesky.text.limit.value, 300);
assert.equal(ratio(0, 0), null);
assert.equal(fromLocal('2027-03-28', '09:00', 'Europe/Paris').toISOString(), '2027-03-28T07:00:00.000Z');
assert.throws(() => money('1,5'), (e) => e instanceof ValidationError && e instanceof SocialKitError);
console.log(`ESM smoke ok on Node ${process.version}: ${subpaths.length} subpaths, ${Object.keys(root).length} root exports`);
