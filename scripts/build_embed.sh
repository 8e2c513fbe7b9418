#!/usr/bin/env bash
# Builds the embed bundle dist/embed/: nianbao.js (the ES module a portal imports, with check.js
# and widget.js), the worker, the wasm-bindgen glue and its .wasm (size profile, wasm-opt -Oz),
# and the iframe page. Run after `trunk build`, which empties dist/. Uses the wasm-bindgen-cli and wasm-opt that scripts/setup.sh installs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"
target_dir="$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
cargo build --quiet --profile web --target wasm32-unknown-unknown -p nianbao-embed
rm -rf dist/embed
mkdir -p dist/embed
wasm-bindgen --target web --no-typescript --out-dir dist/embed \
  "$target_dir/wasm32-unknown-unknown/web/nianbao_embed.wasm"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  -o dist/embed/nianbao_embed_bg.wasm dist/embed/nianbao_embed_bg.wasm
cp web/embed/nianbao.js web/embed/check.js web/embed/widget.js web/embed/worker.js web/embed/frame.html web/embed/frame.js web/embed/frame.css dist/embed/
