#!/usr/bin/env bash
# Runs the fuzz targets (fuzz/fuzz_targets/) with libFuzzer, each for SECONDS (default 60),
# seeded from the fixtures. On the stable toolchain: cargo-fuzz's flags are nightly-only, and
# RUSTC_BOOTSTRAP=1 lets stable accept them (no nightly can be fetched here).
#
#   bash scripts/fuzz.sh [SECONDS] [TARGET …]     # targets: check_bytes text html decode pdf
#   bash scripts/fuzz.sh --smoke                   # each target 8 s from its 4 smallest seeds
#
# Findings land in fuzz/artifacts/<target>/; the corpus grows in fuzz/corpus/<target>/ (not
# committed: it is rebuilt from the fixtures). A crash is fixed with a regression test. Exits
# non-zero when a run found something (the test command runs each target 10 s: a smoke run).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH" RUSTC_BOOTSTRAP=1
smoke=0
if [[ "${1:-}" == "--smoke" ]]; then
  smoke=1
  set -- 8
fi
seconds="${1:-60}"
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(check_bytes text html decode pdf)
command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz --version 0.13.2

corpus=fuzz/corpus
[[ $smoke -eq 0 ]] || corpus=fuzz/corpus-smoke
seed() { # target, then files to seed it with (a smoke run: the 4 smallest)
  local dir="$corpus/$1"
  shift
  rm -rf "$dir"
  mkdir -p "$dir"
  local files=("$@")
  if [[ $smoke -eq 1 ]]; then
    mapfile -t files < <(for f in "$@"; do [[ -f "$f" ]] && printf '%s %s\n' "$(wc -c <"$f")" "$f"; done | sort -n | head -4 | cut -d' ' -f2-)
  fi
  for f in "${files[@]}"; do
    if [[ -f "$f" ]]; then cp "$f" "$dir/$(echo "$f" | tr '/' '_')"; fi
  done
}
texts=(tests/fixtures/*.txt tests/fixtures/rules/NB*/*.txt tests/fixtures/rules/NB*/*/*.txt tests/fixtures/templates/*.txt)
seed check_bytes "${texts[@]}" tests/fixtures/*.html tests/fixtures/inputs/* tests/fixtures/*.docx
seed text "${texts[@]}"
seed html tests/fixtures/*.html tests/fixtures/rules/NB*/*.html tests/fixtures/pdf/*.html
seed decode tests/fixtures/inputs/* tests/fixtures/*.txt
seed pdf tests/fixtures/pdf/*.pdf tests/fixtures/pdf/hostile/*.pdf

found=0
for target in "${targets[@]}"; do
  echo "==> $target, ${seconds} s"
  mkdir -p "fuzz/artifacts/$target"
  before=$(find "fuzz/artifacts/$target" -type f | wc -l)
  # Inputs up to 64 KB (a report is 5–50 KB); 20 s per input at most; 2 GB of memory.
  cargo fuzz run --fuzz-dir fuzz -s none "$target" "$corpus/$target" -- \
    -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 2>&1 |
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done|==[0-9]+==|SUMMARY|.*(panicked|deadly signal|Timeout|out-of-memory))' || true
  after=$(find "fuzz/artifacts/$target" -type f | wc -l)
  if [[ "$after" -gt "$before" ]]; then
    echo "NEW findings of $target in fuzz/artifacts/$target/:" >&2
    find "fuzz/artifacts/$target" -type f -newer fuzz/Cargo.toml >&2
    found=1
  fi
done
exit "$found"
