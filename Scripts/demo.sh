#!/usr/bin/env bash
# The main job on the bundled example: validate it, write the full report, then compare the plan
# with the same plan one year on (Models/example-2027.yaml): a table and a report with the section
# "Wat is er veranderd".
set -euo pipefail
BIN="$1"
OUT="${2:-out}"
mkdir -p "$OUT"
"$BIN" validate
"$BIN" report -o "$OUT/report" --force
"$BIN" compare -o "$OUT/comparison-2026-2027.txt"
"$BIN" compare --format csv --csv-dialect excel-nl -o "$OUT/comparison-2026-2027.csv"
echo "Comparison of the two versions written to $OUT/comparison-2026-2027.txt (and .csv)."
"$BIN" report Models/example-2027.yaml --compare Models/example.yaml -o "$OUT/report-2027" --force
