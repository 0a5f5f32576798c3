# Coherence — the two commands of the README are `make demo` and `make test`.
# Everything else here is a helper they call, or a tool for developers.

SWIFT ?= swift
BIN := .build/debug/coherence
OUT ?= out

.PHONY: setup build demo test test-swift crosscheck release clean embed catalogue bench

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
	.venv/bin/python Scripts/run_notebooks.py

release: setup
	$(SWIFT) build -c release

## Benchmarks against numpy, networkx, igraph and dot (Benchmarks/README.md).
bench: setup
	@Benchmarks/run.sh

## Regenerate the embedded example after editing Models/.
embed:
	python3 Scripts/embed_example.py

## Regenerate the SDG catalogue from the UN list (needs ../shared/reference).
catalogue:
	python3 Scripts/catalogue/generate_catalogue.py ../shared/reference/sdg/SDG_Target_Indicator_UNSD_2023.csv

clean:
	rm -rf .build $(OUT)

## Run the rendering tests (the Graphviz C boundary) under AddressSanitizer and LeakSanitizer.
## Leaks inside Graphviz, pango, fontconfig and cairo themselves are suppressed in Scripts/lsan.supp.
.PHONY: check-memory
check-memory:
	$(SWIFT) build --build-tests -c debug --sanitize=address --scratch-path .build-asan
	ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0 LSAN_OPTIONS=suppressions=$(CURDIR)/Scripts/lsan.supp:print_suppressions=1 \
		$(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan --filter CoherenceRenderTests

## Execute every notebook in Notebooks/ (in a temporary copy) and fail if a cell fails.
.PHONY: notebooks
notebooks:
	@Scripts/setup.sh --python
	$(SWIFT) build
	.venv/bin/python Scripts/run_notebooks.py

## Fuzz the four parsers with libFuzzer (Fuzz/, its own package): FUZZ_SECONDS per harness (default 600),
## FUZZ_ONLY="model matrix plan workbook" for a subset, FUZZ_JOBS workers each. See README.md § Fuzzing.
.PHONY: fuzz
fuzz:
	@Scripts/fuzz.sh
