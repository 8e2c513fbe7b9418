#!/usr/bin/env bash
# Builds the web front end into dist/ (wasm-bindgen-cli and wasm-opt from scripts/setup.sh):
#
#   dist/index.html, app.js, sw.js   the page: one front door of the one UI
#   dist/embed/                      what a portal copies (EMBEDDING.md), and what the page loads:
#     nianbao.js                     the portal's module: check(), mount(), <nianbao-validator>
#     ui.js, nianbao_web*            the one UI (crate nianbao-web, Yew) and its loader
#     client.js, worker.js,          the checker's client, its Web Worker and the checker
#       nianbao_worker*                (crate nianbao-worker): every check runs there
#     pdf/                           the PDF reader (crate nianbao-pdf), loaded when a PDF arrives
#     rules.json                     the rule pages, fetched when one is first opened
#     frame.html, frame.js, frame.css  the iframe page
#
# The build fails if a module any file imports is missing from dist/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"
target_dir="$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
cargo build --quiet --profile web --target wasm32-unknown-unknown -p nianbao-web -p nianbao-worker -p nianbao-pdf
rm -rf dist
mkdir -p dist/embed/pdf

# wasm-bindgen's glue and .wasm for a crate, the .wasm optimised for size.
bindgen() {
  local crate="$1" out="$2"
  wasm-bindgen --target web --no-typescript --out-dir "$out" "$target_dir/wasm32-unknown-unknown/web/$crate.wasm"
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int -o "$out/${crate}_bg.wasm" "$out/${crate}_bg.wasm"
}
bindgen nianbao_web dist/embed
bindgen nianbao_worker dist/embed
bindgen nianbao_pdf dist/embed/pdf

cp web/embed/nianbao.js web/embed/ui.js web/embed/client.js web/embed/worker.js web/embed/rules.json \
  web/embed/frame.html web/embed/frame.js web/embed/frame.css dist/embed/
cp web/app/index.html web/app/app.js dist/

# The service worker precaches every file of the build; its cache is named by their contents.
python3 - <<'PY'
import hashlib, json, os
files = sorted(os.path.relpath(os.path.join(d, f), 'dist') for d, _, fs in os.walk('dist') for f in fs)
digest = hashlib.sha256()
for f in files:
    digest.update(f.encode())
    digest.update(open(os.path.join('dist', f), 'rb').read())
precache = ['./'] + ['./' + f for f in files if f != 'index.html']
with open('dist/sw.js', 'w') as out:
    out.write(f"const PRECACHE = {json.dumps(precache)};\nconst PRECACHE_VERSION = '{digest.hexdigest()[:12]}';\n")
    out.write(open('web/app/sw.js').read())
PY

# Every relative import (static or dynamic) and every `new URL('…', import.meta.url)` of the
# built JavaScript must name a file that is there.
python3 - <<'PY'
import os, re, sys
missing = []
for d, _, fs in os.walk('dist'):
    for f in fs:
        if not f.endswith(('.js', '.html')):
            continue
        path = os.path.join(d, f)
        # Comments name files of other places (the portal's paths in examples): not imports.
        text = '\n'.join(l for l in open(path, encoding='utf-8') if not l.lstrip().startswith(('//', '*', '/*', '<!--')))
        refs = re.findall(r"""(?:from\s+|import\s*\(\s*|new URL\(\s*|src=|href=)['"](\.{1,2}/[^'"]+|[\w-]+\.(?:js|css|wasm|json))['"]""", text)
        for ref in refs:
            target = os.path.normpath(os.path.join(d, ref))
            if not os.path.exists(target):
                missing.append(f'{path}: {ref}')
if missing:
    sys.exit('build_web.sh: missing from dist/:\n  ' + '\n  '.join(missing))
PY
