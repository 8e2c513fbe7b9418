#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run calls this script). Installs what it needs first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"
bash scripts/setup.sh core

step() { printf '\n==> %s\n' "$*"; }

step "rustfmt"
cargo fmt --all -- --check

step "clippy"
cargo clippy --workspace --all-targets --quiet -- -D warnings

step "tests (host)"
cargo test --workspace

step "nianbao-core builds for wasm32-unknown-unknown"
cargo build --quiet -p nianbao-core --target wasm32-unknown-unknown

step "the example reports check as documented"
cargo run --quiet -p nianbao-cli -- check tests/fixtures/*.txt >/dev/null || [[ $? -eq 1 ]]
