"""Reads the raw measurements run.sh appends to results/raw.tsv and prints the table of medians:
per workload and mode (end to end / kernel only), Coherence's median, each peer's median, the ratio
peer time / Coherence time (above 1: Coherence is faster) and the peak memory (max RSS)."""
import csv
import statistics
import sys
from collections import defaultdict


def main(raw, out):
    samples = defaultdict(list)
    memory = defaultdict(list)
    for row in csv.DictReader(open(raw), delimiter="\t"):
        key = (row["workload"], row["mode"], row["side"])
        samples[key].append(float(row["seconds"]))
        if row["max_rss_kb"]:
            memory[key].append(int(row["max_rss_kb"]))
    lines = ["| workload | mode | side | runs | median s | peer/Coherence | max RSS MB |",
             "|---|---|---|---:|---:|---:|---:|"]
    for (workload, mode, side) in sorted(samples, key=lambda k: (k[0], k[1], k[2] != "coherence", k[2])):
        med = statistics.median(samples[(workload, mode, side)])
        base = samples.get((workload, mode, "coherence"))
        ratio = ""
        if side != "coherence" and base:
            ratio = f"{med / statistics.median(base):.2f}×"
        rss = memory.get((workload, mode, side))
        rss_text = f"{max(rss) / 1024:.0f}" if rss else ""
        lines.append(f"| {workload} | {mode} | {side} | {len(samples[(workload, mode, side)])} | {med:.4f} | {ratio} | {rss_text} |")
    text = "\n".join(lines) + "\n"
    sys.stdout.write(text)
    with open(out, "w") as f:
        f.write(text)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
