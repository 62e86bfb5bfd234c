#!/usr/bin/env bash
# Benchmarks for a cheap phone, end to end (`make bench`, after `scripts/setup.sh test`):
#   1. release build and its first-load transfer (gzip -9) per file, and what the wasm is made of
#   2. navigation -> interactive first step in headless Chromium, against a minimal Leptos page
#   3. typing latency in the stress fixture's longest text field
#   4. autosave of the stress fixture (native and in the browser)
#   5. every export of the stress fixture (native and in the browser)
#   6. the DOCX export against pandoc converting the Markdown export
#   7. Lighthouse (mobile) on the release build served locally
# Prints one table (also saved to bench/out/table.md). Timings never fail the command; a stage
# that cannot run is reported as not measured and the others go on. Budgets are printed only
# (the size budget is enforced by `make test`).
#
# Knobs: BENCH_SKIP_BUILD=1 (reuse dist/ and bench/minimal/dist), BENCH_LOAD_RUNS (15),
# BENCH_KEYS (100), BENCH_LH_RUNS (3), BENCH_INSTALL_TWIGGY=0 (do not install twiggy: the wasm's
# code is then not split per crate; by default it is installed once, in about 5-8 minutes, under
# the project's tools folder).
set -uo pipefail
cd "$(dirname "$0")/.."
TOOLS="${ASMPB_TOOLS:-$HOME/.cache/asm-proposal-tools}"
export PATH="$TOOLS/binaryen/node_modules/.bin:$TOOLS/twiggy/bin:$HOME/.cargo/bin:$PATH"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
OUT=bench/out
rm -rf "$OUT"; mkdir -p "$OUT"
TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
START=$(date +%s)

stage() { printf '\n\033[1m== bench: %s\033[0m (%ds)\n' "$1" $(($(date +%s) - START)); }
skip() { echo "$2" > "$OUT/$1.skipped"; echo "skipped $1: $2"; }

{
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($(uname -m)), load average $(cut -d' ' -f1-3 /proc/loadavg) at the start;"
  echo "$(chromium --version 2>/dev/null | head -n1), node $(node --version), rustc $(rustc --version | awk '{print $2}')."
} > "$OUT/meta.txt"

stage "release build of the app"
if [ "${BENCH_SKIP_BUILD:-}" = 1 ] && [ -f dist/index.html ]; then
  echo "reusing dist/"
  scripts/sizes.sh dist > "$OUT/sizes.txt"
else
  if scripts/build_dist.sh > "$OUT/build.log" 2>&1; then
    scripts/sizes.sh dist > "$OUT/sizes.txt"
  else
    tail -n 30 "$OUT/build.log"; skip sizes "the release build failed (bench/out/build.log)"
  fi
fi
[ -f "$OUT/sizes.txt" ] && cat "$OUT/sizes.txt"

stage "what the wasm is made of (twiggy)"
# twiggy reads the first module as wasm-bindgen left it, before wasm-opt strips the function
# names (scripts/split_wasm.py keeps that copy, and which build it belongs to).
PREOPT="$TARGET_DIR/split/main-names.wasm"
if ! command -v twiggy >/dev/null && [ "${BENCH_INSTALL_TWIGGY:-1}" != 0 ]; then
  echo "installing twiggy 0.8.0 under $TOOLS/twiggy (once, 5-8 minutes)"
  timeout 1200 cargo install twiggy --version 0.8.0 --locked --root "$TOOLS/twiggy" \
    > "$OUT/twiggy-install.log" 2>&1 || tail -n 20 "$OUT/twiggy-install.log"
fi
if ! command -v twiggy >/dev/null; then
  skip twiggy "twiggy is not installed (BENCH_INSTALL_TWIGGY=0, or its install failed: bench/out/twiggy-install.log)"
elif ! { [ -f "$PREOPT" ] && [ "$(cat "$TARGET_DIR/split/main-names.for" 2>/dev/null)" = "$(basename "$(ls dist/asm_proposal-*_bg.wasm 2>/dev/null | head -n1)")" ]; }; then
  # The target folder is shared: the copy must be this build's, or the wasm is someone else's.
  skip twiggy "no copy of this very build's first module in $TARGET_DIR/split"
elif ! twiggy top -n 1000000 --format json "$PREOPT" > "$OUT/twiggy.json" 2> "$OUT/twiggy.err"; then
  skip twiggy "twiggy failed: $(head -c 200 "$OUT/twiggy.err")"
fi

stage "minimal Leptos page (the floor)"
if [ "${BENCH_SKIP_BUILD:-}" = 1 ] && [ -f bench/minimal/dist/index.html ]; then
  echo "reusing bench/minimal/dist"
elif ! (cd bench/minimal && trunk build --release) > "$OUT/minimal-build.log" 2>&1; then
  tail -n 30 "$OUT/minimal-build.log"; skip minimal "the minimal page did not build (bench/out/minimal-build.log)"
fi
[ -f bench/minimal/dist/index.html ] && scripts/sizes.sh bench/minimal/dist > "$OUT/minimal-sizes.txt" && cat "$OUT/minimal-sizes.txt"

stage "native core: autosave and exports on the stress fixture"
if ! cargo run --quiet --release --example bench_core -- "$OUT" 2> "$OUT/core.log"; then
  tail -n 30 "$OUT/core.log"; skip core "cargo run --release --example bench_core failed (bench/out/core.log)"
fi

stage "pandoc"
if ! command -v pandoc >/dev/null; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq pandoc; } > "$OUT/pandoc-install.log" 2>&1 || true
fi
if ! command -v pandoc >/dev/null; then
  skip pandoc "pandoc is not installed and apt-get could not install it"
elif [ ! -f "$OUT/stress.md" ]; then
  skip pandoc "no Markdown export of the stress fixture (the native stage failed)"
else
  node bench/pandoc.mjs "$OUT/stress.md" "$OUT/pandoc.json" || skip pandoc "pandoc failed"
fi

stage "browser: load, typing, autosave, exports"
if [ ! -f dist/index.html ] || [ ! -f bench/minimal/dist/index.html ] || [ ! -f "$OUT/stress.json" ]; then
  skip browser "needs dist/, bench/minimal/dist and the stress fixture file"
elif [ ! -d e2e/node_modules/playwright-core ]; then
  skip browser "e2e/node_modules is missing (scripts/setup.sh test installs it)"
else
  node bench/browser.mjs "$OUT/browser.json" "$OUT/stress.json" bench/minimal/dist \
    || skip browser "bench/browser.mjs failed"
fi

stage "Lighthouse"
if [ ! -d bench/node_modules/lighthouse ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  (cd bench && npm ci --no-audit --no-fund > /dev/null 2>&1) || true
fi
if [ ! -d bench/node_modules/lighthouse ]; then
  skip lighthouse "lighthouse could not be installed (cd bench && npm ci)"
elif [ ! -f dist/index.html ]; then
  skip lighthouse "no release build"
else
  node bench/lighthouse.mjs dist "$OUT/lighthouse.json" || skip lighthouse "lighthouse failed"
fi

stage "report"
node bench/report.mjs "$OUT"
echo "bench finished in $(($(date +%s) - START)) s; table saved to $OUT/table.md"
exit 0
