# The README's two commands: `make serve` and `make test`. Everything else is a helper.
TOOLS ?= $(HOME)/.cache/asm-proposal-tools
export PATH := $(TOOLS)/binaryen/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: setup setup-test serve dist test check-sources bench sizes clean

setup:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

## Set everything up and serve the app at http://127.0.0.1:8080
serve: setup
	trunk serve

## Build the release site into dist/, ready for any static host
dist: setup
	scripts/build_dist.sh

## Set everything up and run every test; the last line says how many passed and failed
test: setup-test
	@scripts/test.sh

## Maintainers: check the knowledge base against the conference report (not in the repository)
check-sources:
	@if [ -z "$(REPORT)" ]; then echo "usage: make check-sources REPORT=path/to/report.txt" >&2; exit 2; fi
	@cargo run --quiet --example check_sources -- "$(REPORT)"

## Benchmarks (sizes, load, typing, autosave, exports)
bench: setup-test
	@scripts/bench.sh

sizes:
	@scripts/sizes.sh dist

clean:
	rm -rf dist target/trunk
