# DeepLessons: `make` installs what is missing, builds in release mode and
# renders every lesson into output/; `make test` builds and passes the tests.

SWIFT    ?= swift
LESSONS  := .build/release/lessons
PACKAGES := libcmark-dev libopenblas-dev pkg-config
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# The processor the release build is tuned for. `native` lets the compiler use
# this machine's vector units (AVX2/AVX-512 where present; without fused
# multiply-add contraction, so every number is bit-identical to a portable
# build): about 1.3× on the course runs (benchmarks/README.md). The binary then
# runs on this kind of processor only; `make CPU=x86-64` builds a portable one.
CPU      ?= native
TUNING   := -Xswiftc -target-cpu -Xswiftc $(CPU)

.PHONY: all deps build render test check bench bench-kernels validate-html clean

all: render

## deps: install the system libraries (cmark, OpenBLAS, pkg-config) if missing
deps:
	@missing=""; for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

## build: the `lessons` command, release mode
build: deps
	$(SWIFT) build -c release --product lessons $(TUNING)

## render: every lesson in lessons/ into output/ (cached results are reused)
render: build
	$(LESSONS) render

## check: parse and validate every lesson without running anything
check: build
	$(LESSONS) check

## test: build and run the whole test suite (release: the numeric tests train real
## networks; the end-to-end tests run the `lessons` binary this builds alongside)
test: deps
	$(SWIFT) test -c release $(TUNING)

## bench: the nine course runs, Swift against numpy, side by side
bench: build
	python3 benchmarks/run.py --lessons $(LESSONS)

## bench-kernels: the training step's kernels timed alone (benchmarks/kernels/run.sh;
## KERNELS_AGAINST=REV compares with another commit's kernels)
bench-kernels: deps
	bash benchmarks/kernels/run.sh $(if $(KERNELS_AGAINST),--against $(KERNELS_AGAINST))

## validate-html: every page under output/ through the Nu HTML Checker
validate-html: render
	bash scripts/validate-html.sh output

clean:
	rm -rf .build output/*.html output/*.json output/.cache

## fuzz: the lesson reader + validator under libFuzzer for FUZZ_TIME seconds (see Fuzz/README.md)
FUZZ_TIME ?= 600
.PHONY: fuzz
fuzz: deps
	$(SWIFT) build -c debug --product LessonFuzzer --scratch-path .build-fuzz \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DLESSON_FUZZER
	mkdir -p .build-fuzz/corpus .build-fuzz/artifacts
	ASAN_OPTIONS=detect_leaks=0 .build-fuzz/debug/LessonFuzzer .build-fuzz/corpus Fuzz/corpus -max_total_time=$(FUZZ_TIME) \
	  -max_len=4096 -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 -print_final_stats=1 \
	  -artifact_prefix=.build-fuzz/artifacts/
