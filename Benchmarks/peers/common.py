"""Shared helpers of the Python peers: reading the files `coherence generate` writes, and timing."""
import csv
import json
import statistics
import sys
import timeit

import numpy as np

SCALE = 3.0  # s: the magnitude of the -3..+3 scale


def read_matrix(path):
    """A square cross-impact CSV (`from\\to,id,id,...`) -> (ids, A with 0 for blank, scored mask)."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    ids = rows[0][1:]
    n = len(ids)
    a = np.zeros((n, n))
    scored = np.zeros((n, n), dtype=bool)
    for i, row in enumerate(rows[1 : n + 1]):
        for j, cell in enumerate(row[1 : n + 1]):
            if cell.strip():
                a[i, j] = float(cell)
                scored[i, j] = True
    return ids, a, scored


def read_ownership(path):
    """`domain,targets` rows -> {target: domain id} (the id is the slug of the label)."""
    owner = {}
    with open(path, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            owner[row["targets"]] = slug(row["domain"])
    return owner


def read_plan(path):
    """The action-plan CSV -> list of (id, domain id, [(target, score)], group effect or None)."""
    actions = []
    with open(path, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            tags = []
            for tag in row["sdg"].split(";"):
                tag = tag.strip()
                if tag:
                    target, score = tag.split(":")
                    tags.append((target, float(score)))
            group = None
            if row["groups"].strip():
                g, s = row["groups"].split(":")
                group = (g, float(s))
            actions.append((row["id"], slug(row["domain"]), tags, group))
    return actions


def slug(text):
    return "-".join(text.lower().split())


def kernel_time(fn, repetitions):
    """Median seconds of `repetitions` calls of fn (timeit, one call per timing)."""
    if repetitions > 1:
        fn()  # warm-up (skipped for a single run: networkx's W4 takes minutes)
    runs = timeit.repeat(fn, repeat=repetitions, number=1)
    return statistics.median(runs), runs


def main(run, prepare):
    """`peer.py FILES... [--kernel N]`: without --kernel, run once and print the result (end to end);
    with --kernel N, print the median of N timed kernel runs on data already in memory."""
    args = sys.argv[1:]
    repetitions = 0
    if "--kernel" in args:
        k = args.index("--kernel")
        repetitions = int(args[k + 1])
        del args[k : k + 2]
    data = prepare(args)
    if repetitions:
        med, runs = kernel_time(lambda: run(data), repetitions)
        print(json.dumps({"median_s": med, "runs_s": runs}))
    else:
        print(json.dumps(run(data), default=str))
