#!/usr/bin/env bash
# Runs the fuzz targets (fuzz/fuzz_targets/) with libFuzzer, each for SECONDS (default 60),
# seeded from the fixtures. On the stable toolchain: cargo-fuzz's flags are nightly-only, and
# RUSTC_BOOTSTRAP=1 lets stable accept them (no nightly can be fetched here).
#
#   bash scripts/fuzz.sh [SECONDS] [TARGET …]     # targets: check_bytes text html decode pdf
#
# Findings land in fuzz/artifacts/<target>/; the corpus grows in fuzz/corpus/<target>/ (not
# committed: it is rebuilt from the fixtures). A crash is fixed with a regression test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH" RUSTC_BOOTSTRAP=1
seconds="${1:-60}"
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(check_bytes text html decode pdf)
command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz --version 0.13.2

seed() { # target, then files to seed it with
  local dir="fuzz/corpus/$1"
  shift
  mkdir -p "$dir"
  for f in "$@"; do
    if [[ -f "$f" ]]; then cp "$f" "$dir/$(echo "$f" | tr '/' '_')"; fi
  done
}
texts=(tests/fixtures/*.txt tests/fixtures/rules/NB*/*.txt tests/fixtures/rules/NB*/*/*.txt tests/fixtures/templates/*.txt)
seed check_bytes "${texts[@]}" tests/fixtures/*.html tests/fixtures/inputs/* tests/fixtures/*.docx
seed text "${texts[@]}"
seed html tests/fixtures/*.html tests/fixtures/rules/NB*/*.html tests/fixtures/pdf/*.html
seed decode tests/fixtures/inputs/* tests/fixtures/*.txt
seed pdf tests/fixtures/pdf/*.pdf tests/fixtures/pdf/hostile/*.pdf

for target in "${targets[@]}"; do
  echo "==> $target, ${seconds} s"
  # Inputs up to 64 KB (a report is 5–50 KB); 20 s per input at most; 2 GB of memory.
  cargo fuzz run --fuzz-dir fuzz -s none "$target" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 2>&1 |
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done|==[0-9]+==|SUMMARY|.*(panicked|deadly signal|Timeout|out-of-memory))' || true
  if compgen -G "fuzz/artifacts/$target/*" >/dev/null; then
    echo "findings of $target in fuzz/artifacts/$target/"
  fi
done
