#!/usr/bin/env bash
# Runs every test: formatting, clippy (native and wasm32), native tests, browser tests
# (wasm-bindgen-test in headless Chromium, Firefox ESR and WebKitGTK), the release build with its
# size budget, the end-to-end tests (Playwright + axe, Chromium) against the release build, and
# a smoke suite of them in Firefox ESR and WebKitGTK (WebDriver). The last line is the count.
set -uo pipefail
cd "$(dirname "$0")/.."
TOOLS="${ASMPB_TOOLS:-$HOME/.cache/asm-proposal-tools}"
export PATH="$TOOLS/binaryen/node_modules/.bin:$HOME/.cargo/bin:$PATH"
LOGS=target/test-logs
mkdir -p "$LOGS"

passed=0
failed=0
failed_stages=()

stage() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

# A check without its own test count (fmt, clippy, size budget) counts as one test.
check() {
  local name="$1"; shift
  stage "$name"
  if "$@" > "$LOGS/$name.log" 2>&1; then
    tail -n 5 "$LOGS/$name.log"; passed=$((passed + 1)); echo "ok: $name"
  else
    cat "$LOGS/$name.log"; failed=$((failed + 1)); failed_stages+=("$name"); echo "FAILED: $name"
  fi
}

# cargo test (native or wasm-bindgen-test): sums the counts of every "test result:" line. A
# test target that does not compile has no such line: each counts as one failure, as does a
# non-zero exit that no count explains. (cargo runs no test at all when a target does not
# compile, --no-fail-fast or not; cargo test has no --keep-going.)
cargo_tests() {
  local name="$1"; shift
  stage "$name"
  # `|| true` inside the braces: outside, under pipefail, it would reset PIPESTATUS to 0.
  "$@" 2>&1 | tee "$LOGS/$name.log" | { grep -E '^(test result|running|test .* FAILED|failures:|error)' || true; }
  local status=${PIPESTATUS[0]}
  local p f c
  p=$(grep -E 'test result: ' "$LOGS/$name.log" | grep -Eo '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
  f=$(grep -E 'test result: ' "$LOGS/$name.log" | grep -Eo '[0-9]+ failed' | awk '{s+=$1} END {print s+0}')
  c=$(grep -cE '^error: could not compile' "$LOGS/$name.log")
  passed=$((passed + p)); failed=$((failed + f + c))
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ] && [ "$c" -eq 0 ]; then
    failed=$((failed + 1)); tail -n 40 "$LOGS/$name.log"
  fi
  if [ "$status" -ne 0 ]; then failed_stages+=("$name"); fi
  echo "$name: $p passed, $((f + c)) failed"
}

check fmt cargo fmt --all --check
check clippy-native cargo clippy --all-targets -- -D warnings
check clippy-wasm cargo clippy --target wasm32-unknown-unknown --lib --bins --test browser -- -D warnings
# The release site's code path, with each screen a split point (own folder: other flags).
check clippy-wasm-split env CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg asm_split" \
  cargo clippy --target wasm32-unknown-unknown --lib --target-dir target/clippy-split -- -D warnings
# --no-fail-fast: one failing test binary never hides the others.
cargo_tests native cargo test --no-fail-fast
# A target that does not compile stops cargo before any test runs: then run every other
# target (all need the library itself to compile), so their tests still count. The native
# integration tests are one target, `it` (tests/it): when it is the one that does not compile,
# the library's unit tests, the binaries and the examples still run.
if grep -q '^error: could not compile' "$LOGS/native.log" \
  && ! grep -Eq '^error: could not compile `[^`]+` \(lib\)' "$LOGS/native.log"; then
  mapfile -t rest < <(cargo metadata --no-deps --format-version 1 | python3 -c '
import json, re, sys
log = open(sys.argv[1]).read()
broken = set(re.findall(r"^error: could not compile `[^`]+` \((\w+)(?: \"([^\"]+)\")?", log, re.M))
for t in json.load(sys.stdin)["packages"][0]["targets"]:
    kind = t["kind"][0]
    if kind == "lib" and ("lib", "") not in broken:
        print("--lib")
    elif kind in ("bin", "test", "example") and t["test"] and (kind, t["name"]) not in broken:
        print("--" + kind); print(t["name"])
' "$LOGS/native.log")
  cargo_tests native-rest cargo test --no-fail-fast "${rest[@]}"
fi
WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-180} CHROMEDRIVER=$(command -v chromedriver) \
  cargo_tests browser cargo test --target wasm32-unknown-unknown --test browser
# The same browser tests in Firefox ESR (geckodriver from the tools folder) and in WebKitGTK,
# Safari's engine: the runner drives it as "safaridriver" through WebKitWebDriver, which starts
# MiniBrowser (no headless mode, so under Xvfb).
WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-180} GECKODRIVER="$TOOLS/geckodriver/bin/geckodriver" \
  WASM_BINDGEN_TEST_WEBDRIVER_JSON=scripts/webdriver-firefox.json \
  cargo_tests browser-firefox cargo test --target wasm32-unknown-unknown --test browser
WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-180} SAFARIDRIVER=$(command -v WebKitWebDriver || echo WebKitWebDriver) \
  cargo_tests browser-webkit xvfb-run -a cargo test --target wasm32-unknown-unknown --test browser
check release-build scripts/build_dist.sh
# The product's budget for the first load (page, styles, JS, first wasm module), set in
# scripts/sizes.sh; the screens' own modules come when opened.
check size-budget scripts/sizes.sh dist --check

# node's test runner over one folder of e2e/ (run inside e2e/, after any prefix command such as
# `env ENGINE=firefox`): counts from its TAP output, a non-zero exit that no count explains is
# one failure.
node_suite() {
  local name="$1" dir="$2"; shift 2
  stage "$name"
  if [ ! -f dist/index.html ]; then
    echo "$name skipped: no release build"; failed=$((failed + 1)); failed_stages+=("$name"); return
  fi
  rm -f "$LOGS/$name.tap"
  (cd e2e && "$@" node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
      --test-reporter=tap --test-reporter-destination="../$LOGS/$name.tap" "$dir") 2>&1 | tee "$LOGS/$name.log"
  local status=${PIPESTATUS[0]} np nf
  np=$(grep -E '^# pass ' "$LOGS/$name.tap" 2>/dev/null | awk '{print $3}'); np=${np:-0}
  nf=$(grep -E '^# fail ' "$LOGS/$name.tap" 2>/dev/null | awk '{print $3}'); nf=${nf:-0}
  passed=$((passed + np)); failed=$((failed + nf))
  if [ "$status" -ne 0 ]; then
    [ "$nf" -eq 0 ] && failed=$((failed + 1))
    failed_stages+=("$name")
  fi
  echo "$name: $np passed, $nf failed"
}

node_suite e2e tests/ env
# The other engines the README promises, a smoke suite each (e2e/engines). WebKitGTK's
# MiniBrowser needs a display: Xvfb. A missing engine or driver fails its stage.
node_suite e2e-firefox engines/ env ENGINE=firefox
node_suite e2e-webkit engines/ xvfb-run -a env ENGINE=webkit

echo
if [ ${#failed_stages[@]} -gt 0 ]; then echo "failed stages: ${failed_stages[*]}"; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
