#!/usr/bin/env bash
# Builds nianbao and runs it. With arguments, they go to the CLI:
#   bash scripts/run.sh check tests/fixtures/*.txt
# Without arguments it checks the example reports kept in tests/fixtures.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"
bash scripts/setup.sh core
if [[ $# -gt 0 ]]; then
  exec cargo run --quiet --release -p nianbao-cli -- "$@"
fi
cargo run --quiet --release -p nianbao-cli -- check tests/fixtures/*.txt || [[ $? -eq 1 ]]
