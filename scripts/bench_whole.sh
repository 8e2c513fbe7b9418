#!/usr/bin/env bash
# The whole process, as a user runs it: one release `nianbao check` over a generated corpus
# (every table format, serialisation and encoding; see crates/nianbao-core/examples/gen_corpus.rs),
# against `cat` of the same files. Prints CPU time (user + sys), MB per CPU-second, reports per
# second and the ratio to `cat`, for `--format jsonl` and `--format json`, one job.
#
#   bash scripts/bench_whole.sh [COUNT]     # default 10 000 reports, in $TMPDIR
#
# A benchmark, not a test: take the ratios, the seconds depend on the machine and its load.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"
count="${1:-10000}"
corpus="${TMPDIR:-/tmp}/nianbao-corpus-$count"
cargo build --quiet --release -p nianbao-cli
if [[ ! -d "$corpus" ]]; then
  cargo run --quiet --release -p nianbao-core --example gen_corpus -- "$corpus" "$count"
fi
bytes=$(cat "$corpus"/* | wc -c)
nianbao="$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/release/nianbao"

# CPU seconds (user + sys) of a command, its output discarded.
cpu() {
  local TIMEFORMAT='%U %S'
  { time "$@" >/dev/null 2>&1 || true; } 2>&1 | awk '{ printf "%.2f", $1 + $2 }'
}

python3 -c "import sys; print(f'{sys.argv[1]} reports, {int(sys.argv[2]) / 1e6:.1f} MB in {sys.argv[3]}')" "$count" "$bytes" "$corpus"
cat_cpu=$(cpu sh -c "cat '$corpus'/* ")
printf '%-22s %6s CPU-s\n' "cat" "$cat_cpu"
for format in jsonl json; do
  t=$(cpu "$nianbao" check --format "$format" --jobs 1 "$corpus")
  python3 - "$format" "$t" "$bytes" "$count" "$cat_cpu" <<'PY'
import sys
fmt, t, size, n, cat = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
ratio = f"{t / cat:.0f}× cat" if cat > 0 else "cat too fast to time"
print(f"nianbao --format {fmt:<6} {t:6.2f} CPU-s  {size / 1e6 / t:6.1f} MB/CPU-s  {n / t:7.0f} reports/CPU-s  ({ratio})")
PY
done
