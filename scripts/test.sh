#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run calls this script). Installs what it needs first
# (scripts/setup.sh: pinned versions, registries only; a rerun takes about a second).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH" PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
bash scripts/setup.sh core web e2e

step() { printf '\n==> %s\n' "$*"; }

step "rustfmt"
cargo fmt --all -- --check

step "clippy"
cargo clippy --workspace --all-targets --quiet -- -D warnings

step "tests (host): core, CLI, web crate"
cargo test --workspace

step "nianbao-core without encoding_rs (the checker worker's build): legacy encodings through a decoder"
cargo test --quiet -p nianbao-core --lib --no-default-features decode

step "nianbao-core builds for wasm32-unknown-unknown"
cargo build --quiet -p nianbao-core --target wasm32-unknown-unknown

step "the example reports check as documented"
cargo run --quiet -p nianbao-cli -- check tests/fixtures/*.txt >/dev/null || [[ $? -eq 1 ]]

step "fuzzing: a smoke run of each target (8 s each from its smallest seeds; campaigns: bash scripts/fuzz.sh SECONDS)"
bash scripts/fuzz.sh --smoke

step "web: release build (the UI, the checker worker, the PDF module; wasm-bindgen, wasm-opt)"
bash scripts/build_web.sh
bash scripts/bundle_size.sh

step "web app: end-to-end in Chromium (Playwright)"
(cd tests/e2e && CI=1 npx playwright test)
