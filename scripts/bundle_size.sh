#!/usr/bin/env bash
# Prints the size of the built web bundles, raw and gzip -9: the app (dist/) and, when built,
# the embed bundle (dist/embed/: the ES module, its glue and its .wasm) and the PDF reader
# (dist/pdf/), which the app and the embed bundle load only when a PDF arrives.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
sizes() {
  local total_raw=0 total_gz=0 f raw gz
  for f in "$@"; do
    [[ -f "$f" ]] || continue
    raw=$(wc -c <"$f")
    gz=$(gzip -9 -c "$f" | wc -c)
    printf '%-48s %9d bytes  %8d gzip\n' "$(basename "$f")" "$raw" "$gz"
    total_raw=$((total_raw + raw))
    total_gz=$((total_gz + gz))
  done
  printf '%-48s %9d bytes  %8d gzip\n' "total" "$total_raw" "$total_gz"
}
echo "web app (dist/):"
sizes dist/*.wasm dist/*.js dist/*.css
if [[ -d dist/embed ]]; then
  echo "embed bundle (dist/embed/):"
  sizes dist/embed/*.wasm dist/embed/*.js
fi
if [[ -d dist/pdf ]]; then
  echo "PDF reader, loaded on demand (dist/pdf/):"
  sizes dist/pdf/*.wasm dist/pdf/*.js
fi
