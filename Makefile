# Coherence — the two commands of the README are `make demo` and `make test`.
# Everything else here is a helper they call, or a tool for developers.

SWIFT ?= swift
BIN := .build/debug/coherence
OUT ?= out

.PHONY: setup build demo test test-swift crosscheck release clean embed catalogue

## Install what is missing (Graphviz, fonts), then build.
setup:
	@Scripts/setup.sh

build: setup
	$(SWIFT) build

## The main job on the bundled example.
demo: build
	@Scripts/demo.sh $(BIN) $(OUT)

## Set up (Graphviz, fonts, Python venv for the cross-checks) and run every test.
test:
	@Scripts/setup.sh --python --browser
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

release: setup
	$(SWIFT) build -c release

## Regenerate the embedded example after editing Models/.
embed:
	python3 Scripts/embed_example.py

## Regenerate the SDG catalogue from the UN list (needs ../shared/reference).
catalogue:
	python3 Scripts/catalogue/generate_catalogue.py ../shared/reference/sdg/SDG_Target_Indicator_UNSD_2023.csv

clean:
	rm -rf .build $(OUT)
