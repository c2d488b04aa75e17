#!/usr/bin/env bash
# Deletes dist/, packs socialkit (its prepack script builds dist/ again),
# checks what the tarball holds, installs it into a scratch project and runs
# the ESM, CJS and dual-package (require and import in one process) smoke
# tests under Node 20 (this machine), 22 and 24 (fetched from the npm
# registry as the `node` package).
set -euo pipefail
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Pack from a tree without dist/: the prepack script must build it.
rm -rf dist
tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
echo "packed $tarball"
node scripts/check-tarball.mjs "$work/$tarball"

mkdir "$work/app"
cd "$work/app"
echo '{ "name": "socialkit-smoke", "private": true, "version": "1.0.0" }' > package.json
npm install --silent --no-audit --no-fund "$work/$tarball" "zod@^4" >/dev/null
cp "$root/scripts/smoke/smoke.mjs" "$root/scripts/smoke/smoke.cjs" "$root/scripts/smoke/dual.mjs" .

# The installed bin (its csv-parse bundled in): --help exits 0 and names the commands.
npx --no-install socialkit --help | grep -q 'summarize <file.csv|file.ndjson|file.json>'
node smoke.mjs
node smoke.cjs
node dual.mjs
for v in 22 24; do
  npx -y -p "node@$v" node smoke.mjs
  npx -y -p "node@$v" node smoke.cjs
  npx -y -p "node@$v" node dual.mjs
done
