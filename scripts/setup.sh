#!/usr/bin/env bash
# Installs every tool the project needs, skipping what is already there at the right version.
#   scripts/setup.sh build   -> what building and serving need (wasm target, trunk, wasm-bindgen, wasm-opt)
#   scripts/setup.sh test    -> the above plus Chromium, chromedriver, Firefox ESR, geckodriver
#                               ($TOOLS/geckodriver), WebKitGTK's WebKitWebDriver and MiniBrowser,
#                               Xvfb, xmllint, LibreOffice Writer and poppler-utils (the render
#                               test), the e2e packages and the official IATI 2.03 schemas and
#                               codelists ($TOOLS/iati-2.03)
# Tools go per user (~/.cargo/bin, ~/.cache/asm-proposal-tools), so a fresh clone on the same
# machine (as CI makes) finds them again; a really fresh machine installs them once.
set -euo pipefail
cd "$(dirname "$0")/.."

MODE="${1:-build}"
TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132"
# The IATI 2.03 schemas and codelists (data files of this PyPI source package).
PYIATI_VERSION="0.4.1"
GECKODRIVER_VERSION="0.37.1"
TOOLS="${ASMPB_TOOLS:-$HOME/.cache/asm-proposal-tools}"
export PATH="$TOOLS/binaryen/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# The wasm-bindgen CLI must match the library exactly, so read the version from Cargo.lock.
if [ ! -f Cargo.lock ]; then cargo generate-lockfile; fi
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if [ -z "$WBG_VERSION" ]; then
  WBG_VERSION=$(grep -o 'wasm-bindgen = "=[0-9.]*"' Cargo.toml | grep -o '[0-9][0-9.]*')
fi

if ! rustup target list --installed 2>/dev/null | grep -q wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 8 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WBG_VERSION" ]; then
  say "installing wasm-bindgen-cli $WBG_VERSION (about 3 minutes, once)"
  # Without --locked: with it, a transitive dependency fails to resolve (see the toolchain guide).
  cargo install wasm-bindgen-cli --version "=$WBG_VERSION"
fi

# Debian's binaryen 108 silently breaks Leptos wasm; the npm package carries version 132.
if [ "$("$TOOLS/binaryen/node_modules/.bin/wasm-opt" --version 2>/dev/null | awk '{print $3}')" != "$BINARYEN_VERSION" ]; then
  say "installing wasm-opt (binaryen@$BINARYEN_VERSION from npm)"
  mkdir -p "$TOOLS/binaryen"
  (cd "$TOOLS/binaryen" && { [ -f package.json ] || npm init -y >/dev/null; } \
    && npm install --no-audit --no-fund "binaryen@$BINARYEN_VERSION" >/dev/null)
fi

# Cuts the release wasm into a first module and one per screen (scripts/split_wasm.py).
WASM_SPLIT_VERSION="0.2.4"
if [ "$(cat "$TOOLS/wasm-split/version" 2>/dev/null)" != "$WASM_SPLIT_VERSION" ] || [ ! -x "$TOOLS/wasm-split/bin/wasm-split-cli" ]; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (about 3 minutes, once)"
  cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" \
    --features build-binary --root "$TOOLS/wasm-split"
  echo "$WASM_SPLIT_VERSION" > "$TOOLS/wasm-split/version"
fi

# Minifies the JS glue that scripts/split_wasm.py makes.
TERSER_VERSION="5.36.0"
if [ "$("$TOOLS/terser/node_modules/.bin/terser" --version 2>/dev/null | awk '{print $2}')" != "$TERSER_VERSION" ]; then
  say "installing terser $TERSER_VERSION from npm"
  mkdir -p "$TOOLS/terser"
  (cd "$TOOLS/terser" && { [ -f package.json ] || npm init -y >/dev/null; } \
    && npm install --no-audit --no-fund "terser@$TERSER_VERSION" >/dev/null)
fi

if [ "$MODE" = "test" ]; then
  need_apt=()
  command -v chromium >/dev/null || need_apt+=(chromium)
  command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
  # The other engines the README promises (scripts/test.sh, e2e/engines): Firefox ESR, and
  # WebKitGTK, Safari's engine, whose MiniBrowser needs a display (Xvfb).
  command -v firefox-esr >/dev/null || need_apt+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || need_apt+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null || need_apt+=(xvfb xauth)
  command -v xmllint >/dev/null || need_apt+=(libxml2-utils)
  # The DOCX export is read back by python-docx, the spreadsheet by openpyxl, in the native tests.
  python3 -c 'import docx' 2>/dev/null || /usr/bin/python3 -c 'import docx' 2>/dev/null || need_apt+=(python3-docx)
  python3 -c 'import openpyxl' 2>/dev/null || /usr/bin/python3 -c 'import openpyxl' 2>/dev/null || need_apt+=(python3-openpyxl)
  # pip fetches the IATI schemas' package below (a download only, nothing is installed).
  python3 -m pip --version >/dev/null 2>&1 || need_apt+=(python3-pip)
  if [ ${#need_apt[@]} -gt 0 ]; then
    say "installing ${need_apt[*]} from Debian"
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
  fi
  # tests/it/export/render.rs lays the Word exports out with LibreOffice and reads the PDFs back
  # with poppler. Without recommends, which would add GStreamer and more; Calibri's stand-in
  # Carlito is not installed either, so the test sees the widest fallback (DejaVu Sans).
  need_render=()
  command -v soffice >/dev/null || need_render+=(libreoffice-writer-nogui)
  { command -v pdftotext && command -v pdfinfo; } >/dev/null || need_render+=(poppler-utils)
  if [ ${#need_render[@]} -gt 0 ]; then
    say "installing ${need_render[*]} from Debian (without recommends)"
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_render[@]}" >/dev/null
  fi
  # geckodriver drives Firefox over WebDriver; Debian does not package it.
  GECKO_DIR="$TOOLS/geckodriver"
  if [ "$("$GECKO_DIR/bin/geckodriver" --version 2>/dev/null | awk 'NR==1 {print $2}')" != "$GECKODRIVER_VERSION" ]; then
    say "installing geckodriver $GECKODRIVER_VERSION (about 5 minutes, once)"
    cargo install --locked geckodriver --version "$GECKODRIVER_VERSION" --root "$GECKO_DIR"
  fi
  # The official IATI 2.03 schemas and codelists, which the IATI export is validated against
  # (tests/it/support/exports.rs, e2e, scripts/check_exports.sh). They come from PyPI's pyIATI source
  # package, which carries them as data; only the files are used (`pip install pyiati` fails
  # to build its old pins, and is not needed).
  IATI_DIR="$TOOLS/iati-2.03"
  if [ "$(cat "$IATI_DIR/source" 2>/dev/null)" != "pyiati==$PYIATI_VERSION" ] \
    || [ ! -f "$IATI_DIR/schemas/iati-activities-schema.xsd" ] || [ ! -f "$IATI_DIR/codelists/Currency.xml" ]; then
    say "fetching the IATI 2.03 schemas and codelists (PyPI pyiati==$PYIATI_VERSION)"
    tmp=$(mktemp -d)
    python3 -m pip download --quiet --no-deps --no-binary :all: -d "$tmp" "pyiati==$PYIATI_VERSION"
    tarball=$(ls "$tmp"/*.tar.gz)
    inner="pyIATI-$PYIATI_VERSION/iati/resources/standard/2-03"
    tar -xzf "$tarball" -C "$tmp" "$inner/schemas" "$inner/codelists"
    rm -rf "$IATI_DIR.partial" && mkdir -p "$IATI_DIR.partial"
    cp -R "$tmp/$inner/schemas" "$tmp/$inner/codelists" "$IATI_DIR.partial/"
    echo "pyiati==$PYIATI_VERSION" > "$IATI_DIR.partial/source"
    rm -rf "$IATI_DIR" && mv "$IATI_DIR.partial" "$IATI_DIR"
    rm -rf "$tmp"
  fi
  if [ ! -d e2e/node_modules ] || [ e2e/package-lock.json -nt e2e/node_modules/.package-lock.json ]; then
    say "installing end-to-end packages (npm ci)"
    (cd e2e && npm ci --no-audit --no-fund >/dev/null)
  fi
fi
say "ready: trunk $TRUNK_VERSION, wasm-bindgen $WBG_VERSION, wasm-opt $BINARYEN_VERSION, wasm-split $WASM_SPLIT_VERSION"
