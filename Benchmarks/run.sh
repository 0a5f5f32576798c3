#!/usr/bin/env bash
# Benchmarks of Coherence against numpy, networkx, igraph and the `dot` command (issue 8).
# `make bench` runs this. It installs what is missing (graphviz's `dot`, a Python venv with the
# peers' packages), builds in release mode, generates the inputs with `coherence generate`, runs
# Coherence and the peers on the same inputs alternating, REPS times, and prints the medians and
# the ratios peer time / Coherence time, end to end and kernel only, with peak memory.
#
# Environment: REPS (end-to-end repetitions, default 5), KREPS (kernel repetitions, default 5),
# NX_REPS (networkx W4 repetitions, default 1: its betweenness takes minutes), W6_REPS (default REPS),
# W3_FULL (default 1: also time once the full-detail spillover JSON, every finding with its explanation; 0 skips it),
# ONLY (space-separated workloads, default "W1 W2 W3 W4 W5 W6"), ORDO=1 also runs
# `swift package benchmark` (ordo-one), SWIFT (default swift). For a run in parts: SKIP_BUILD=1
# (use the binaries already built), SKIP_E2E=1, SKIP_KERNEL=1, KEEP_RAW=1 (append to results/raw.tsv).
set -euo pipefail
cd "$(dirname "$0")"
HERE=$(pwd)
SWIFT=${SWIFT:-swift}
REPS=${REPS:-5}
KREPS=${KREPS:-5}
NX_REPS=${NX_REPS:-1}
W6_REPS=${W6_REPS:-$REPS}
ONLY=${ONLY:-"W1 W2 W3 W4 W5 W6"}
DATA=$HERE/data
RESULTS=$HERE/results
mkdir -p "$DATA" "$RESULTS"
want() { [[ " $ONLY " == *" $1 "* ]]; }
log() { echo "bench: $*" >&2; }

# --- 1. What the peers need ---------------------------------------------------------------
if ! command -v dot >/dev/null 2>&1; then
  log "installing graphviz (the dot command, W5's peer)"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get install -y -qq --no-install-recommends graphviz >/tmp/coherence-bench-apt.log 2>&1 \
    || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends graphviz >>/tmp/coherence-bench-apt.log 2>&1; } \
    || { log "error: could not install graphviz; see /tmp/coherence-bench-apt.log"; exit 1; }
fi
if [ ! -x .venv/bin/python ]; then log "creating Benchmarks/.venv"; python3 -m venv .venv; fi
if ! .venv/bin/python -c "import numpy, scipy, networkx, igraph" >/dev/null 2>&1; then
  log "installing the Python peers' packages into Benchmarks/.venv"
  .venv/bin/pip install -q --disable-pip-version-check -r requirements.txt
fi
PY=$HERE/.venv/bin/python

# --- 2. Release builds: the coherence command and bench-tool, from this package ---------------
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "building (release)"
  $SWIFT build -c release --package-path "$HERE" --product coherence >&2
  $SWIFT build -c release --package-path "$HERE" --product bench-tool >&2
fi
BIN=${BIN:-$HERE/.build/release}
COH=$BIN/coherence
TOOL=$BIN/bench-tool

# --- 3. Inputs (the same options as Inputs/Workloads.swift) --------------------------------
log "generating inputs in Benchmarks/data"
rm -f "$DATA"/w1* "$DATA"/w3* "$DATA"/w4* "$DATA"/w5*   # regenerated each run (a few seconds)
"$COH" generate --targets 169 --actions 1 --domains 1 --interaction-density 0.3 --contributions-per-action 1 --seed 1 \
  -o "$DATA/w1.yaml" --matrix-output "$DATA/w1-matrix.csv"
"$COH" generate --targets 169 --actions 5000 --domains 20 --interaction-density 0.3 --contributions-per-action 4 --seed 1 \
  -o "$DATA/w3-plan.csv" --ownership-output "$DATA/w3-ownership.csv" --matrix-output "$DATA/w3-matrix.csv"
if want W4; then
  "$COH" generate --targets 169 --objectives 1831 --actions 1 --domains 1 --interaction-density 0.005 \
    --contributions-per-action 1 --seed 1 -o "$DATA/w4.yaml" --matrix-output "$DATA/w4-matrix.csv"
fi
ENGINE=dot
if want W5 && [ -x "$TOOL" ]; then ENGINE=$("$TOOL" dot "$DATA/w1.yaml" "$DATA/w5.dot"); fi   # prints the layout engine it used
if want W6; then
  for size in 250000 500000 1000000; do
    [ -s "$DATA/w6-$size-plan.csv" ] || "$COH" generate --targets 169 --actions $((size / 4)) --domains 50 \
      --interaction-density 0.3 --contributions-per-action 4 --seed 1 \
      -o "$DATA/w6-$size-plan.csv" --ownership-output "$DATA/w6-$size-ownership.csv"
  done
  # The matrix is the same at every size (same seed, same 169 targets).
  [ -s "$DATA/w6-matrix.csv" ] || cp "$DATA/w3-matrix.csv" "$DATA/w6-matrix.csv"
fi

# --- 4. Measuring ---------------------------------------------------------------------------
RAW=$RESULTS/raw.tsv
[ "${KEEP_RAW:-0}" = 1 ] && [ -s "$RAW" ] || printf 'workload\tmode\tside\trep\tseconds\tmax_rss_kb\n' > "$RAW"
TIMEFILE=$(mktemp)
# e2e WORKLOAD SIDE REP COMMAND...: one whole process under /usr/bin/time (elapsed, max RSS).
e2e() {
  local workload=$1 side=$2 rep=$3; shift 3
  if ! /usr/bin/time -f "%e %M" -o "$TIMEFILE" "$@" >/dev/null 2>>"$RESULTS/stderr.log"; then
    log "error: $workload $side failed: $*  (see Benchmarks/results/stderr.log)"; return 0
  fi
  read -r secs kb < <(tail -n 1 "$TIMEFILE")
  printf '%s\tend-to-end\t%s\t%s\t%s\t%s\n' "$workload" "$side" "$rep" "$secs" "$kb" >> "$RAW"
}
# kernel WORKLOAD SIDE COMMAND...: the command prints {"runs_s": [...]} for data already in memory.
kernel() {
  local workload=$1 side=$2; shift 2
  local out
  if ! out=$("$@" 2>>"$RESULTS/stderr.log"); then log "error: kernel $workload $side failed"; return 0; fi
  echo "$out" | "$PY" -c 'import json,sys
d = json.loads(sys.stdin.read().strip().splitlines()[-1])
for i, r in enumerate(d["runs_s"], 1): print(f"'"$workload"'\tkernel\t'"$side"'\t{i}\t{r}\t")' >> "$RAW"
}

P=$HERE/peers
[ "${SKIP_E2E:-0}" = 1 ] && E2E_REPS=0 || E2E_REPS=$REPS
for rep in $(seq 1 "$E2E_REPS"); do
  log "end to end, repetition $rep of $REPS"
  if want W1; then
    e2e W1 coherence "$rep" "$COH" interactions "$DATA/w1-matrix.csv" --format json
    e2e W1 numpy "$rep" "$PY" "$P/w1_interactions.py" "$DATA/w1-matrix.csv"
  fi
  if want W2; then
    e2e W2 coherence "$rep" "$COH" sensitivity "$DATA/w1-matrix.csv" --samples 1000 --format json
    e2e W2 numpy "$rep" "$PY" "$P/w2_sensitivity.py" "$DATA/w1-matrix.csv"
  fi
  if want W3; then
    # The peer counts and sums every path; so does --aggregates-only (totals, domain matrix, transversality,
    # co-addressed targets). W3-full (once) also writes every finding with its path and explanation.
    e2e W3 coherence "$rep" "$COH" spillovers "$DATA/w3-plan.csv" "$DATA/w3-ownership.csv" "$DATA/w3-matrix.csv" \
      --format json --aggregates-only
    if [ "$rep" = 1 ] && [ "${W3_FULL:-1}" = 1 ]; then
      e2e W3-full coherence "$rep" "$COH" spillovers "$DATA/w3-plan.csv" "$DATA/w3-ownership.csv" "$DATA/w3-matrix.csv" \
        --format json --path-limit 100000000
    fi
    e2e W3 networkx "$rep" "$PY" "$P/w3_spillovers.py" "$DATA/w3-plan.csv" "$DATA/w3-ownership.csv" "$DATA/w3-matrix.csv"
  fi
  if want W4; then
    e2e W4 coherence "$rep" sh -c "'$COH' centrality '$DATA/w4-matrix.csv' --format json && '$COH' clusters '$DATA/w4-matrix.csv' --format json"
    e2e W4 igraph "$rep" "$PY" "$P/w4_graph.py" igraph "$DATA/w4-matrix.csv"
    if [ "$rep" -le "$NX_REPS" ]; then e2e W4 networkx "$rep" "$PY" "$P/w4_graph.py" networkx "$DATA/w4-matrix.csv"; fi
  fi
  if want W5; then
    e2e W5 coherence "$rep" "$TOOL" render "$DATA/w1.yaml" "$DATA/w5-coherence.svg"
    e2e W5 dot "$rep" dot -K"$ENGINE" -Tsvg "$DATA/w5.dot" -o "$DATA/w5-dot.svg"
  fi
  if want W6 && [ "$rep" -le "$W6_REPS" ]; then
    for size in 250000 500000 1000000; do
      e2e "W6-$size" coherence "$rep" "$COH" batch "$DATA/w6-$size-plan.csv+$DATA/w6-$size-ownership.csv+$DATA/w6-matrix.csv"
    done
  fi
done

[ "${SKIP_KERNEL:-0}" = 1 ] && ONLY_KERNEL="" || ONLY_KERNEL=$ONLY
ONLY_SAVED=$ONLY; ONLY=$ONLY_KERNEL
log "kernel only ($KREPS runs each)"
if want W1; then kernel W1 coherence "$TOOL" kernel W1 "$KREPS"; kernel W1 numpy "$PY" "$P/w1_interactions.py" "$DATA/w1-matrix.csv" --kernel "$KREPS"; fi
if want W2; then kernel W2 coherence "$TOOL" kernel W2 "$KREPS"; kernel W2 numpy "$PY" "$P/w2_sensitivity.py" "$DATA/w1-matrix.csv" --kernel "$KREPS"; fi
if want W3; then
  kernel W3 coherence "$TOOL" kernel W3 "$KREPS"
  if [ "${W3_FULL:-1}" = 1 ]; then kernel W3-full coherence "$TOOL" kernel W3-full 1; fi
  kernel W3 networkx "$PY" "$P/w3_spillovers.py" "$DATA/w3-plan.csv" "$DATA/w3-ownership.csv" "$DATA/w3-matrix.csv" --kernel "$KREPS"
fi
if want W4; then
  kernel W4 coherence "$TOOL" kernel W4 "$KREPS"
  kernel W4 igraph "$PY" "$P/w4_graph.py" igraph "$DATA/w4-matrix.csv" --kernel "$KREPS"
  kernel W4 networkx "$PY" "$P/w4_graph.py" networkx "$DATA/w4-matrix.csv" --kernel "$NX_REPS"
fi
if want W5; then kernel W5 coherence "$TOOL" kernel W5 "$KREPS"; fi
if want W6; then for size in 250000 500000 1000000; do kernel "W6-$size" coherence "$TOOL" kernel "W6-$size" "$W6_REPS"; done; fi
ONLY=$ONLY_SAVED
rm -f "$TIMEFILE"

# --- 5. The table -----------------------------------------------------------------------------
{
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), REPS=$REPS, KREPS=$KREPS"
} | tee "$RESULTS/machine.txt"
"$PY" "$P/report.py" "$RAW" "$RESULTS/latest.md"

if [ "${ORDO:-0}" = 1 ]; then
  log "ordo-one benchmarks (swift package benchmark)"
  $SWIFT package --package-path "$HERE" benchmark --target CoherenceKernels | tee "$RESULTS/ordo.txt"
fi
