#!/usr/bin/env python3
"""Cross-check of Coherence's interaction analyses against numpy, networkx and scipy.

Usage: .venv/bin/python Scripts/crosscheck/crosscheck.py IN.json OUT.json

IN.json (written by Tests/CoherenceTests/CrossCheckTests.swift) describes signed interaction
matrices; OUT.json receives what numpy/networkx/scipy compute for the same matrices, so the Swift
test can compare them within 1e-9. See Scripts/crosscheck/README.md for both formats.
"""
import json
import math
import sys

import networkx as nx
import numpy as np
import scipy
from scipy import stats


def dense(graph):
    """The signed matrix A as a dense numpy array (blank cells are 0)."""
    n = len(graph["ids"])
    a = np.zeros((n, n))
    for i, j, score in graph["edges"]:
        a[i, j] = score
    return a


def positive_digraph(graph):
    """The positive layer as a networkx DiGraph: weight = score, distance = round-half-up(2s/score)."""
    n = len(graph["ids"])
    s = graph["magnitude"]
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    for i, j, score in graph["edges"]:
        if score > 0:
            g.add_edge(i, j, weight=score, distance=max(1, math.floor(2 * s / score + 0.5)))
    return g


def in_order(values, n):
    return [float(values[k]) for k in range(n)]


def micmac(a, layer, power):
    """Row and column sums of M^k divided by the largest entry of M^k."""
    if layer == "absolute":
        m = np.abs(a)
    elif layer == "positive":
        m = np.clip(a, 0, None)
    else:
        m = np.clip(-a, 0, None)
    p = np.linalg.matrix_power(m, power)
    top = p.max()
    if top == 0:
        return [0.0] * len(a), [0.0] * len(a)
    p = p / top
    return p.sum(axis=1).tolist(), p.sum(axis=0).tolist()


def modularity(graph, partition):
    """networkx modularity of a partition of the undirected positive layer, weight (a+_ij + a+_ji)/2."""
    n = len(graph["ids"])
    a = np.clip(dense(graph), 0, None)
    w = (a + a.T) / 2
    h = nx.Graph()
    h.add_nodes_from(range(n))
    for i in range(n):
        for j in range(i + 1, n):
            if w[i, j] > 0:
                h.add_edge(i, j, weight=w[i, j])
    if h.size(weight="weight") == 0:
        return 0.0
    groups = {}
    for node, cluster in enumerate(partition):
        groups.setdefault(cluster, set()).add(node)
    return float(nx.community.modularity(h, list(groups.values()), weight="weight"))


def analyse(graph):
    n = len(graph["ids"])
    a = dense(graph)
    w = graph["secondOrderWeight"]
    ones = np.ones(n)
    out = a.sum(axis=1)
    second = w * (a @ a).sum(axis=1)          # Σ_j (A²)_ij, computed the O(n³) way on purpose
    result = {
        "name": graph["name"],
        "out": out.tolist(),
        "positiveOut": np.clip(a, 0, None).sum(axis=1).tolist(),
        "negativeOut": np.clip(a, None, 0).sum(axis=1).tolist(),
        "in": a.sum(axis=0).tolist(),
        "positiveIn": np.clip(a, 0, None).sum(axis=0).tolist(),
        "negativeIn": np.clip(a, None, 0).sum(axis=0).tolist(),
        "secondOrder": second.tolist(),
        "secondOrderLinear": (w * (a @ (a @ ones))).tolist(),
        "total": (out + second).tolist(),
    }
    g = positive_digraph(graph)
    r = g.reverse(copy=True)
    pagerank = dict(alpha=0.85, tol=1e-12, max_iter=100000, weight="weight")
    result["pageRankInfluenced"] = in_order(nx.pagerank(g, **pagerank), n)
    result["pageRankInfluencing"] = in_order(nx.pagerank(r, **pagerank), n)
    positive = np.clip(a, 0, None)
    result["spectralRadius"] = float(max(abs(np.linalg.eigvals(positive)))) if n else 0.0
    alpha = graph["katzAlpha"]
    result["katzInfluenced"] = in_order(nx.katz_centrality_numpy(g, alpha=alpha, beta=1.0, normalized=True, weight="weight"), n)
    result["katzInfluencing"] = in_order(nx.katz_centrality_numpy(r, alpha=alpha, beta=1.0, normalized=True, weight="weight"), n)
    result["katzInfluencedPower"] = in_order(
        nx.katz_centrality(g, alpha=alpha, beta=1.0, max_iter=100000, tol=1e-13, normalized=True, weight="weight"), n)
    result["betweenness"] = in_order(nx.betweenness_centrality(g, normalized=True, weight="distance"), n)
    if "micmac" in graph:
        influence, dependence = micmac(a, graph["micmac"]["layer"], graph["micmac"]["power"])
        result["micmacInfluence"] = influence
        result["micmacDependence"] = dependence
    if "partition" in graph:
        result["modularity"] = modularity(graph, graph["partition"])
    return result


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        request = json.load(f)
    response = {
        "versions": {"networkx": nx.__version__, "numpy": np.__version__, "scipy": scipy.__version__},
        "graphs": [analyse(graph) for graph in request.get("graphs", [])],
        "kendall": [],
    }
    for pair in request.get("kendall", []):
        tau = stats.kendalltau(pair["x"], pair["y"], variant="b").statistic
        response["kendall"].append(None if tau is None or math.isnan(tau) else float(tau))
    with open(argv[2], "w", encoding="utf-8") as f:
        json.dump(response, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
