#!/usr/bin/env bash
# Builds the release site into dist/ (trunk release build: opt-level z, lto, wasm-opt -Oz),
# then adds what trunk does not make itself.
set -euo pipefail
cd "$(dirname "$0")/.."
trunk build --release
# Hosts that serve 404.html for unknown paths then still open the app.
cp dist/index.html dist/404.html
if [ -x scripts/post-dist.sh ]; then scripts/post-dist.sh dist; fi
scripts/sizes.sh dist
