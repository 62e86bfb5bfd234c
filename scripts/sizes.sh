#!/usr/bin/env bash
# Prints the gzip -9 size of each file of the first load in DIR and the total, against the
# product's target (350 KB) and the ceiling that guards against growth.
#   scripts/sizes.sh DIR [--check BYTES]   exits 1 when the total exceeds the ceiling BYTES
# The target is not met yet (see the README's Performance section): the ceiling is the size
# measured when it was last raised, so any growth fails the tests until someone decides.
set -euo pipefail
DIR="${1:-dist}"
LIMIT=""
if [ "${2:-}" = "--check" ]; then LIMIT="${3:-358400}"; fi
total=0
printf '%-48s %10s %10s\n' "file" "bytes" "gzip -9"
while IFS= read -r f; do
  raw=$(wc -c < "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + gz))
  printf '%-48s %10d %10d\n' "${f#"$DIR"/}" "$raw" "$gz"
done < <(find "$DIR" -maxdepth 1 -type f \( -name '*.html' ! -name '404.html' -o -name '*.js' ! -name 'sw.js' -o -name '*.wasm' -o -name '*.css' \) | sort)
printf '%-48s %10s %10d\n' "TOTAL first-load transfer" "" "$total"
TARGET=358400
if [ "$total" -gt "$TARGET" ]; then
  echo "target 350 KB (358400 bytes): NOT MET, over by $((total - TARGET)) bytes"
else
  echo "target 350 KB (358400 bytes): met"
fi
if [ -n "$LIMIT" ]; then
  if [ "$total" -gt "$LIMIT" ]; then
    echo "size ceiling FAILED: $total bytes gzip > $LIMIT"
    exit 1
  fi
  echo "size ceiling ok: $total bytes gzip <= $LIMIT"
fi
