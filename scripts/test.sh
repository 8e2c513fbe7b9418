#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run calls this script). Installs what it needs first
# (scripts/setup.sh: pinned versions, registries only; a rerun takes about a second).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
bash scripts/setup.sh core web e2e

step() { printf '\n==> %s\n' "$*"; }

step "rustfmt"
cargo fmt --all -- --check

step "clippy"
cargo clippy --workspace --all-targets --quiet -- -D warnings

step "tests (host): core, CLI, web crate"
cargo test --workspace

step "nianbao-core without encoding_rs (the embed bundle's build): legacy encodings through a decoder"
cargo test --quiet -p nianbao-core --lib --no-default-features decode

step "nianbao-core builds for wasm32-unknown-unknown"
cargo build --quiet -p nianbao-core --target wasm32-unknown-unknown

step "the example reports check as documented"
cargo run --quiet -p nianbao-cli -- check tests/fixtures/*.txt >/dev/null || [[ $? -eq 1 ]]

step "web app: release build (trunk, wasm-opt)"
cargo fetch --quiet   # trunk builds offline: every target's crates must be here
trunk build --release
bash scripts/build_embed.sh   # dist/embed/: the ES module check() for portals
bash scripts/build_pdf.sh     # dist/pdf/ (and dist/embed/pdf/): the PDF reader, loaded on demand
bash scripts/bundle_size.sh

step "web app: end-to-end in Chromium (Playwright)"
(cd tests/e2e && CI=1 npx playwright test)
