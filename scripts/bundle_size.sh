#!/usr/bin/env bash
# Prints the size of the built web bundle (dist/), raw and gzip -9.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
total_raw=0
total_gz=0
for f in dist/*.wasm dist/*.js dist/*.css; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  printf '%-48s %9d bytes  %8d gzip\n' "$(basename "$f")" "$raw" "$gz"
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
done
printf '%-48s %9d bytes  %8d gzip\n' "total" "$total_raw" "$total_gz"
