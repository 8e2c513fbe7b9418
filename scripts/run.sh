#!/usr/bin/env bash
# Builds the web app and serves it on http://127.0.0.1:8080/ (loopback only; nothing else is
# contacted). With arguments, runs the command-line checker instead:
#   bash scripts/run.sh check tests/fixtures/*.txt
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true
if [[ $# -gt 0 ]]; then
  bash scripts/setup.sh core
  exec cargo run --quiet --release -p nianbao-cli -- "$@"
fi
bash scripts/setup.sh web
cargo fetch --quiet   # trunk builds offline: every target's crates must be here
trunk build --release
bash scripts/build_embed.sh   # dist/embed/: the ES module check() for portals
bash scripts/build_pdf.sh     # dist/pdf/ (and dist/embed/pdf/): the PDF reader, loaded on demand
PORT="${PORT:-8080}"
echo "nianbao: serving the web app at http://127.0.0.1:${PORT}/  (Ctrl-C to stop)"
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory dist
