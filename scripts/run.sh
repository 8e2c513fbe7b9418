#!/usr/bin/env bash
# Builds the web app and serves it on http://127.0.0.1:8080/ (loopback only; nothing else is
# contacted). With arguments, runs the command-line checker instead:
#   bash scripts/run.sh check tests/fixtures/*.txt
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"
if [[ $# -gt 0 ]]; then
  bash scripts/setup.sh core
  exec cargo run --quiet --release -p nianbao-cli -- "$@"
fi
bash scripts/setup.sh web
bash scripts/build_web.sh   # dist/: the page, and dist/embed/ (the UI, the checker worker, the PDF module)
PORT="${PORT:-8080}"
echo "nianbao: serving the web app at http://127.0.0.1:${PORT}/  (Ctrl-C to stop)"
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory dist
