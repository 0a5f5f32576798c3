#!/usr/bin/env bash
# The main job on the bundled example: validate it, then run the analyses and write the results.
set -euo pipefail
BIN="$1"
OUT="${2:-out}"
mkdir -p "$OUT"
"$BIN" validate
"$BIN" info > "$OUT/info.txt"
echo "demo: wrote $OUT/info.txt"
