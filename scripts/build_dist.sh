#!/usr/bin/env bash
# Builds the release site into dist/ (trunk release build: opt-level z, lto, wasm-opt -Oz),
# then adds what trunk does not make itself.
set -euo pipefail
cd "$(dirname "$0")/.."
# `asm_split` turns each step but Context into a split point (src/ui/steps/lazy.rs) and
# --emit-relocs keeps what wasm-split needs to cut the wasm there (scripts/split_wasm.py).
# Panic locations name source files: shorter paths, fewer bytes (and no home folder in the wasm).
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg asm_split -Clink-args=--emit-relocs \
  --remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}/registry/src=crates --remap-path-prefix=$PWD=."
trunk build --release
TARGET_DIR="${CARGO_TARGET_DIR:-target}"
python3 scripts/split_wasm.py dist "$TARGET_DIR/wasm32-unknown-unknown/release/asm_proposal.wasm" "$TARGET_DIR/split"
# One stylesheet instead of trunk's seven: fewer requests before the first paint.
python3 scripts/merge_css.py dist
# Hosts that serve 404.html for unknown paths then still open the app.
cp dist/index.html dist/404.html
if [ -x scripts/post_dist.sh ]; then scripts/post_dist.sh dist; fi
scripts/sizes.sh dist
