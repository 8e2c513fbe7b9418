#!/usr/bin/env bash
# Prints the size of what a browser loads, raw and gzip -9, against the budgets (gzip):
#   first load — what a page loads before the validator can be typed into: the UI's module and
#     glue, its loader and the checker's client; app.js for the page, nianbao.js for a portal:
#     ≤ 200 KB each;
#   the checker worker — worker.js, the checker's glue and .wasm, fetched right after the first
#     paint: ≤ 330 KB;
#   on demand — the PDF module (a PDF arrives) and the rule pages (one is opened).
# With --enforce, exits non-zero when a budget is exceeded.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
over=0
sizes() {
  local title="$1" budget="$2"
  shift 2
  local total_raw=0 total_gz=0 f raw gz
  echo "$title:"
  for f in "$@"; do
    [[ -f "$f" ]] || { echo "missing: $f" >&2; exit 1; }
    raw=$(wc -c <"$f")
    gz=$(gzip -9 -c "$f" | wc -c)
    printf '  %-44s %9d bytes  %8d gzip\n' "${f#dist/}" "$raw" "$gz"
    total_raw=$((total_raw + raw))
    total_gz=$((total_gz + gz))
  done
  if [[ "$budget" -gt 0 ]]; then
    printf '  %-44s %9d bytes  %8d gzip  (budget %d)\n' "total" "$total_raw" "$total_gz" "$((budget * 1024))"
    if [[ "$total_gz" -gt $((budget * 1024)) ]]; then
      echo "  OVER BUDGET: $title" >&2
      over=1
    fi
  else
    printf '  %-44s %9d bytes  %8d gzip\n' "total" "$total_raw" "$total_gz"
  fi
}
ui=(dist/embed/ui.js dist/embed/client.js dist/embed/nianbao_web.js dist/embed/nianbao_web_bg.wasm)
sizes "first load of the page (index.html)" 200 dist/index.html dist/app.js "${ui[@]}"
sizes "first load of a portal (<nianbao-validator>, mount())" 200 dist/embed/nianbao.js "${ui[@]}"
sizes "the checker worker, right after the first paint" 330 dist/embed/worker.js dist/embed/nianbao_worker.js dist/embed/nianbao_worker_bg.wasm
sizes "on demand: the PDF module" 0 dist/embed/pdf/nianbao_pdf.js dist/embed/pdf/nianbao_pdf_bg.wasm
sizes "on demand: the rule pages" 0 dist/embed/rules.json
if [[ "${1:-}" == "--enforce" ]]; then exit "$over"; fi
