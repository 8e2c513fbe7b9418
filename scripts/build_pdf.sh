#!/usr/bin/env bash
# Builds the PDF reader module dist/pdf/ (crate nianbao-pdf as WebAssembly, its wasm-bindgen
# glue, reader.js and worker.js) that the app loads only when a PDF arrives, and copies it into
# the embed bundle (dist/embed/pdf/). Run after `trunk build` (which empties dist/) and
# scripts/build_embed.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"
target_dir="$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
cargo build --quiet --profile web --target wasm32-unknown-unknown -p nianbao-pdf
rm -rf dist/pdf
mkdir -p dist/pdf
wasm-bindgen --target web --no-typescript --out-dir dist/pdf \
  "$target_dir/wasm32-unknown-unknown/web/nianbao_pdf.wasm"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  -o dist/pdf/nianbao_pdf_bg.wasm dist/pdf/nianbao_pdf_bg.wasm
cp web/pdf/reader.js web/pdf/worker.js dist/pdf/
if [[ -d dist/embed ]]; then
  rm -rf dist/embed/pdf
  cp -r dist/pdf dist/embed/pdf
fi
