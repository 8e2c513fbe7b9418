#!/usr/bin/env bash
# Makes the PDF fixtures of tests/fixtures/pdf/ (committed; this documents how): generated
# reports as HTML (crates/nianbao-core/examples/gen_pdf_sources.rs) and the blank 2021 template
# (.docx), printed to PDF by LibreOffice as an office would export them.
# Needs: apt-get install libreoffice-writer-nogui fonts-noto-cjk
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=tests/fixtures/pdf
mkdir -p "$out"
cargo run --quiet -p nianbao-core --example gen_pdf_sources -- "$out"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
for source in "$out"/*.html "$out"/*.docx; do
  [[ -f "$source" ]] || continue
  soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$source" >/dev/null
done
ls -l "$out"
