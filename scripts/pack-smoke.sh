#!/usr/bin/env bash
# Packs socialkit, checks what the tarball holds, installs it into a scratch
# project and runs the ESM and CJS smoke tests under Node 20 (this machine),
# 22 and 24 (fetched from the npm registry as the `node` package).
set -euo pipefail
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
echo "packed $tarball"
node scripts/check-tarball.mjs "$work/$tarball"

mkdir "$work/app"
cd "$work/app"
echo '{ "name": "socialkit-smoke", "private": true, "version": "1.0.0" }' > package.json
npm install --silent --no-audit --no-fund "$work/$tarball" "zod@^4" >/dev/null
cp "$root/scripts/smoke/smoke.mjs" "$root/scripts/smoke/smoke.cjs" .

node smoke.mjs
node smoke.cjs
for v in 22 24; do
  npx -y -p "node@$v" node smoke.mjs
  npx -y -p "node@$v" node smoke.cjs
done
