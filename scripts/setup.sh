#!/usr/bin/env bash
# Installs what nianbao needs, idempotently, with pinned versions and from package registries
# only (crates.io, npm, Debian): nothing is downloaded from GitHub.
#
# Usage: scripts/setup.sh [core] [web] [e2e]      (no argument = core)
#   core  the wasm32 target (the core crate must always build for the browser), rustfmt, clippy
#   web   wasm-bindgen-cli (the version in Cargo.lock), wasm-opt (npm binaryen)
#   e2e   Debian's chromium + chromedriver, and the Playwright packages of tests/e2e
# A rerun with everything present takes about a second.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BINARYEN_VERSION=132.0.0       # npm package that ships wasm-opt (Debian's is too old)
export PATH="$HOME/.cargo/bin:$PATH"
log() { printf '==> %s\n' "$*" >&2; }

setup_core() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
  for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
      log "rustup component add $component"
      rustup component add "$component"
    fi
  done
}

wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' "$ROOT/Cargo.lock"
}

setup_web() {
  setup_core
  local wbg
  wbg="$(wasm_bindgen_version)"
  if [[ -n "$wbg" ]] && { [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wbg" ]] \
      || [[ "$(wasm-bindgen-test-runner --version 2>/dev/null || true)" != "wasm-bindgen-test-runner $wbg" ]]; }; then
    log "cargo install wasm-bindgen-cli $wbg (about 2 minutes)"
    # --locked fails for some versions (their lockfile pins crates newer than the index here).
    cargo install --locked --force wasm-bindgen-cli --version "$wbg" \
      || CARGO_RESOLVER_INCOMPATIBLE_RUST_VERSIONS=fallback cargo install --force wasm-bindgen-cli --version "$wbg"
  fi
  if ! wasm-opt --version 2>/dev/null | grep -q "(version_${BINARYEN_VERSION%%.*})"; then
    log "npm install -g binaryen@$BINARYEN_VERSION"
    npm install -g --no-audit --no-fund "binaryen@$BINARYEN_VERSION" >&2
  fi
}

setup_e2e() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    log "apt-get install chromium chromium-driver"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # A CJK font so that screenshots show the Chinese interface as users see it.
    apt-get install -y -qq chromium chromium-driver fonts-wqy-microhei >/dev/null
  fi
  if [[ -f "$ROOT/tests/e2e/package.json" ]]; then
    export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
    if [[ ! -d "$ROOT/tests/e2e/node_modules/playwright-core" ]]; then
      log "npm ci in tests/e2e"
      (cd "$ROOT/tests/e2e" && npm ci --no-audit --no-fund >&2)
    fi
  fi
}

[[ $# -eq 0 ]] && set -- core
for part in "$@"; do
  case "$part" in
    core) setup_core ;;
    web) setup_web ;;
    e2e) setup_e2e ;;
    *) echo "setup.sh: unknown part '$part' (core, web, e2e)" >&2; exit 2 ;;
  esac
done
