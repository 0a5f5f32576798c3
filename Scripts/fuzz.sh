#!/bin/sh
# Builds the libFuzzer harnesses of Fuzz/ (their own package, never part of the normal build) and
# runs each for a bounded time on a seed corpus made from Tests/Fixtures and Models.
#
#   make fuzz                                  # every harness, 600 s each
#   FUZZ_SECONDS=60 FUZZ_ONLY="model matrix" make fuzz
#   nice -n 10 Scripts/fuzz.sh                 # the same without make
#
# Environment:
#   FUZZ_SECONDS  seconds per harness (default 600)
#   FUZZ_ONLY     the harnesses to run, by name (FuzzModel or model, matrix, plan, workbook or xlsx;
#                 space or comma separated;
#                 default all four: FuzzModel FuzzMatrix FuzzActionPlan FuzzWorkbook)
#   FUZZ_JOBS     libFuzzer worker processes per harness (default 1; more uses libFuzzer's -fork=N)
#   FUZZ_CONFIG   build configuration, release (default: optimised with -g, several times faster per
#                 input than debug under the sanitizers) or debug
#   FUZZ_SCRATCH  the build folder (default Fuzz/.build-fuzz)
#   SWIFT         the swift driver (default swift)
#
# Working corpus: Fuzz/corpus/<harness>/ (kept between runs; seeds are rewritten as seed-*).
# Crash, timeout, out-of-memory and leak inputs: Fuzz/artifacts/<harness>/. Logs: Fuzz/logs/.
# Exit status 1 when any run wrote such an artifact (or libFuzzer failed), else 0.
set -eu
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
SECONDS_EACH=${FUZZ_SECONDS:-600}
JOBS=${FUZZ_JOBS:-1}
CONFIG=${FUZZ_CONFIG:-release}
ALL="FuzzModel FuzzMatrix FuzzActionPlan FuzzWorkbook"
SCRATCH=${FUZZ_SCRATCH:-Fuzz/.build-fuzz}

case $CONFIG in
  release) CONFIG_FLAGS="-c release -Xswiftc -g" ;;
  debug) CONFIG_FLAGS="-c debug" ;;
  *) echo "fuzz.sh: FUZZ_CONFIG must be release or debug, not '$CONFIG'" >&2; exit 2 ;;
esac

# The harnesses to run, in canonical names.
selected=""
for wanted in $(echo "${FUZZ_ONLY:-$ALL}" | tr ',' ' '); do
  found=""
  for h in $ALL; do
    short=$(echo "${h#Fuzz}" | tr 'A-Z' 'a-z')
    lower=$(echo "$wanted" | tr 'A-Z' 'a-z')
    case "$h:$lower" in
      FuzzActionPlan:plan | FuzzWorkbook:xlsx) found=$h ;;
    esac
    if [ "$lower" = "$(echo "$h" | tr 'A-Z' 'a-z')" ] || [ "$lower" = "$short" ]; then found=$h; fi
  done
  [ -n "$found" ] || { echo "fuzz.sh: no harness named '$wanted' (one of: $ALL)" >&2; exit 2; }
  selected="$selected $found"
done

# Per harness: the longest input and the dictionary.
max_len() {
  case $1 in
    FuzzModel) echo 65536 ;;        # a model (the bundled example is 31 KB) plus a matrix file
    FuzzMatrix) echo 16384 ;;       # a CSV matrix (the workshop's are 1.5 KB)
    FuzzActionPlan) echo 65536 ;;   # a CSV or XLSX plan plus an ownership table
    FuzzWorkbook) echo 200000 ;;    # an XLSX workbook (the zip-bomb fixtures are 155 KB)
  esac
}
dict() {
  case $1 in
    FuzzModel) echo Fuzz/dict/model.dict ;;
    FuzzMatrix) echo Fuzz/dict/matrix.dict ;;
    FuzzActionPlan) echo Fuzz/dict/plan.dict ;;
    FuzzWorkbook) echo Fuzz/dict/workbook.dict ;;
  esac
}

echo "== Building$selected ($CONFIG, -sanitize=fuzzer,address) in $SCRATCH"
# SwiftPM reuses its build plan until a manifest changes, and so misses source files added to the
# main package since the last build ("cannot find type … in scope"): make it plan again.
touch Fuzz/Package.swift
for h in $selected; do
  # shellcheck disable=SC2086
  "$SWIFT" build --package-path Fuzz --scratch-path "$SCRATCH" $CONFIG_FLAGS \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --product "$h" 2>&1 \
    | grep -v "Cannot export local symbol '__asan" || true
  [ -x "$SCRATCH/$CONFIG/$h" ] || { echo "fuzz.sh: building $h failed" >&2; exit 1; }
done
BIN=$("$SWIFT" build --package-path Fuzz --scratch-path "$SCRATCH" $CONFIG_FLAGS --show-bin-path)

echo "== Seed corpus from Tests/Fixtures and Models"
python3 Fuzz/make_seeds.py Fuzz/corpus

export LSAN_OPTIONS="suppressions=$(pwd)/Fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
# Swift's own crash backtracer reads memory ASan reports as overflows; libFuzzer prints the stack instead.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}
mkdir -p Fuzz/logs
failed=0
summary=""
for h in $selected; do
  artifacts="Fuzz/artifacts/$h"
  mkdir -p "$artifacts" "Fuzz/corpus/$h"
  before=$(ls "$artifacts" | wc -l)
  log="Fuzz/logs/$h.log"
  fork=""
  [ "$JOBS" -gt 1 ] && fork="-fork=$JOBS"
  echo "== $h: $SECONDS_EACH s, max_len $(max_len "$h"), log $log"
  start=$(date +%s)
  status=0
  # shellcheck disable=SC2086
  "$BIN/$h" "Fuzz/corpus/$h" -dict="$(dict "$h")" -max_total_time="$SECONDS_EACH" -timeout=10 \
    -rss_limit_mb=2048 -max_len="$(max_len "$h")" -artifact_prefix="$artifacts/" -print_final_stats=1 $fork \
    > "$log" 2>&1 || status=$?
  elapsed=$(( $(date +%s) - start ))
  after=$(ls "$artifacts" | wc -l)
  new=$(( after - before ))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  # The last status line; with FUZZ_JOBS > 1 (fork mode) it reads "#N: cov: … ft: …" and the
  # executions are not reported (shown as ?).
  last=$(grep -E '((DONE|pulse|NEW|REDUCE|INITED|RELOAD).* cov: |^#[0-9]+: cov: )' "$log" | tail -1)
  cov=$(echo "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
  ft=$(echo "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
  corpus=$(ls "Fuzz/corpus/$h" | wc -l)
  line="$h: ${elapsed}s, ${execs:-?} execs, cov ${cov:-?}, ft ${ft:-?}, corpus $corpus files, new artifacts $new, libFuzzer exit $status"
  echo "   $line"
  summary="$summary
  $line"
  if [ "$new" -gt 0 ] || [ "$status" -ne 0 ]; then
    failed=1
    grep -E '^(==[0-9]+==ERROR|SUMMARY|Fatal error|.*Test unit written to)' "$log" | head -5 | sed 's/^/   /'
  fi
done

echo "== Summary$summary"
if [ "$failed" -ne 0 ]; then
  echo "fuzz.sh: a harness crashed, timed out, ran out of memory or leaked: see Fuzz/artifacts/ and Fuzz/logs/" >&2
  exit 1
fi
