#!/usr/bin/env bash
# Prints the gzip -9 size of each file of the first load in DIR and the total, against the
# product's budget, then the modules split from the wasm, which a screen fetches when it opens
# (and the service worker keeps for offline use).
#   scripts/sizes.sh DIR [--check [BYTES]]   exits 1 when the first-load total exceeds the
#                                            budget (or BYTES)
set -euo pipefail
# The first-load budget, gzip -9. It was 350 KB until the model moved to serde, which costs
# about 60 KB of the first module; what came since is in docs/performance.md.
BUDGET_KB=452
BUDGET=$((BUDGET_KB * 1024))
DIR="${1:-dist}"
LIMIT=""
if [ "${2:-}" = "--check" ]; then LIMIT="${3:-$BUDGET}"; fi
gz() { gzip -9 -c "$1" | wc -c; }
total=0
printf '%-48s %10s %10s\n' "first load" "bytes" "gzip -9"
# The page, its styles, the JS glue, the split loader it imports, and the main wasm.
while IFS= read -r f; do
  raw=$(wc -c < "$f"); g=$(gz "$f"); total=$((total + g))
  printf '%-48s %10d %10d\n' "${f#"$DIR"/}" "$raw" "$g"
done < <(find "$DIR" -maxdepth 1 -type f \( -name '*.html' ! -name '404.html' -o -name '*.js' ! -name 'sw.js' \
  -o -name '*.wasm' ! -name 'split_*' ! -name 'chunk_*' -o -name '*.css' \) | sort)
printf '%-48s %10s %10d\n' "TOTAL first-load transfer" "" "$total"
later=0; count=0
while IFS= read -r f; do
  later=$((later + $(gz "$f"))); count=$((count + 1))
  case "${f##*/}" in split_*) printf '  %-46s %10d %10d\n' "${f#"$DIR"/}" "$(wc -c < "$f")" "$(gz "$f")" ;; esac
done < <(find "$DIR" -maxdepth 1 -type f \( -name 'split_*.wasm' -o -name 'chunk_*.wasm' \) | sort)
printf '%-48s %10s %10d\n' "screens' modules ($count files, on demand)" "" "$later"
if [ "$total" -gt "$BUDGET" ]; then
  echo "budget $BUDGET_KB KB ($BUDGET bytes): NOT MET, over by $((total - BUDGET)) bytes"
else
  echo "budget $BUDGET_KB KB ($BUDGET bytes): met, $((BUDGET - total)) bytes to spare"
fi
if [ -n "$LIMIT" ]; then
  if [ "$total" -gt "$LIMIT" ]; then
    echo "size ceiling FAILED: $total bytes gzip > $LIMIT"
    exit 1
  fi
  echo "size ceiling ok: $total bytes gzip <= $LIMIT"
fi
