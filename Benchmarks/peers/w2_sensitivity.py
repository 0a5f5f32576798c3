"""W2 peer: sensitivity of the W1 ranking, 1,000 samples, vectorised per sample in numpy.
Per sample each scored cell moves one step (s/3) up or down with probability 0.25 (medium
confidence), held at the scale's ends; ranks by total = out + 0.5 * A(A1); per node median rank,
5-95 % interval, P(top 5); Kendall's tau-b of each sample against the baseline."""
import numpy as np
from scipy.stats import kendalltau

from common import SCALE, main, read_matrix


def totals(a, w=0.5):
    out = a.sum(axis=1)
    return out + w * (a @ out)


def ranks(total):
    order = np.argsort(-total, kind="stable")
    r = np.empty(len(total), dtype=int)
    r[order] = np.arange(1, len(total) + 1)
    return r


def sensitivity(data, samples=1000, seed=1, top_k=5):
    ids, a, scored = data
    rows, cols = np.nonzero(scored)
    values = a[rows, cols]
    base = totals(a)
    rng = np.random.default_rng(seed)
    all_ranks = np.empty((samples, len(ids)), dtype=int)
    taus = np.empty(samples)
    step = SCALE / 3
    for s in range(samples):
        move = rng.random(len(values)) < 0.25
        direction = np.where(rng.random(len(values)) < 0.5, -step, step)
        moved = np.clip(values + move * direction, -SCALE, SCALE)
        b = np.zeros_like(a)
        b[rows, cols] = moved
        t = totals(b)
        all_ranks[s] = ranks(t)
        taus[s] = kendalltau(base, t).statistic
    median_rank = np.median(all_ranks, axis=0)
    p5, p95 = np.percentile(all_ranks, [5, 95], axis=0)
    top = (all_ranks <= top_k).mean(axis=0)
    best = int(np.argmax(top))
    return {"most_stable_top": ids[best], "p_top": float(top[best]), "median_tau": float(np.median(taus)),
            "median_rank_first": float(median_rank[best]), "interval": [float(p5[best]), float(p95[best])]}


if __name__ == "__main__":
    main(sensitivity, lambda args: read_matrix(args[0]))
