#!/usr/bin/env bash
# Manual end-to-end check of the exports with the real programs (not run by `cargo test`):
# writes every format for the sample, the worked examples and the stress fixture, validates the
# IATI files with xmllint, converts a few DOCX files with LibreOffice and prints the briefs with
# Chromium, then reports page counts. LibreOffice runs once (2 shared cores: never in a loop).
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/tmp/exports
pdf=target/tmp/export-pdfs
rm -rf "$out" "$pdf" && mkdir -p "$pdf"
cargo test -q --test it export::smoke >/dev/null
# The official IATI 2.03 schema, fetched by `scripts/setup.sh test`; IATI_SCHEMA overrides.
TOOLS="${ASMPB_TOOLS:-$HOME/.cache/asm-proposal-tools}"
schema=${IATI_SCHEMA:-$TOOLS/iati-2.03/schemas/iati-activities-schema.xsd}
if [ ! -f "$schema" ]; then
  echo "the IATI schema is missing at $schema: run scripts/setup.sh test (or make setup-test)" >&2
  exit 1
fi
if command -v xmllint >/dev/null; then
  xmllint --noout --schema "$schema" "$out"/*-iati.xml 2>&1 | grep -v ' validates$' || echo "IATI: all files validate"
fi
if command -v soffice >/dev/null; then
  soffice --headless -env:UserInstallation="file://$PWD/target/tmp/lo-profile" --convert-to pdf \
    --outdir "$pdf" "$out"/*-en-*brief.docx "$out"/sample-*.docx "$out"/stress-en-*[a-z].docx >/dev/null 2>&1
fi
if command -v chromium >/dev/null; then
  for f in "$out"/*brief.html "$out"/sample-en-*[a-z].html; do
    chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking \
      --disable-component-update --disable-sync --no-first-run --no-pdf-header-footer \
      --print-to-pdf="$pdf/$(basename "$f").pdf" "file://$PWD/$f" >/dev/null 2>&1
  done
fi
for f in "$pdf"/*.pdf; do
  printf '%3s pages  %s\n' "$(pdfinfo "$f" | awk '/^Pages/ {print $2}')" "$(basename "$f")"
done
