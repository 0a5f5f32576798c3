#!/usr/bin/env bash
# The main job on the bundled example: validate it, then write the full report.
set -euo pipefail
BIN="$1"
OUT="${2:-out}"
mkdir -p "$OUT"
"$BIN" validate
"$BIN" report -o "$OUT/report" --force
