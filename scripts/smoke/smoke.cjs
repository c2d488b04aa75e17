// CommonJS smoke test of the installed tarball: require() works for the root
// and every subpath, and classes are shared across subpaths (instanceof holds).
const assert = require('node:assert/strict');
const pkg = require('socialkit/package.json');
const root = require('socialkit');
const subpaths = Object.keys(pkg.exports).filter((k) => k !== '.' && k !== './package.json');
for (const sub of subpaths) {
  const mod = require(`socialkit/${sub.slice(2)}`);
  for (const name of Object.keys(mod)) assert.equal(root[name], mod[name], `require('socialkit').${name} is require('socialkit/${sub.slice(2)}').${name}`);
}
const core = require('socialkit/core');
assert.equal(root.money('19.99').toString(), '19.99');
assert.equal(root.formatPercent(0.034, { locale: 'en-US' }), '3.4%');
assert.throws(() => core.money('-1', { nonNegative: true, path: 'reach' }), (e) => e instanceof root.ValidationError && e.path[0] === 'reach');
console.log(`CJS smoke ok on Node ${process.version}: ${subpaths.length} subpaths, ${Object.keys(root).length} root exports`);
