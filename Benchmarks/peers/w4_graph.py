"""W4 peer: PageRank both ways (damping 0.85) and betweenness (distances 2s/|a|) on the positive
layer, Louvain on the undirected positive layer (weight (a_ij + a_ji)/2, seed 1).
Usage: w4_graph.py networkx|igraph MATRIX.csv [--kernel N]."""
import sys

from common import SCALE, main, read_matrix


def prepare(args):
    library, path = args
    ids, a, scored = read_matrix(path)
    edges = [(int(i), int(j), float(a[i, j])) for i, j in zip(*((a > 0) & scored).nonzero())]
    undirected = {}
    for i, j, w in edges:
        key = (min(i, j), max(i, j))
        undirected[key] = undirected.get(key, 0.0) + w / 2
    return library, len(ids), edges, undirected


def run_networkx(n, edges, undirected):
    import networkx as nx
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    for i, j, w in edges:
        g.add_edge(i, j, weight=w, distance=round(2 * SCALE / w))
    influenced = nx.pagerank(g, alpha=0.85, weight="weight")
    influencing = nx.pagerank(g.reverse(copy=False), alpha=0.85, weight="weight")
    betweenness = nx.betweenness_centrality(g, weight="distance")
    u = nx.Graph()
    u.add_nodes_from(range(n))
    u.add_weighted_edges_from((i, j, w) for (i, j), w in undirected.items())
    clusters = nx.community.louvain_communities(u, weight="weight", seed=1)
    return {"top_pagerank": max(influencing, key=influencing.get), "top_influenced": max(influenced, key=influenced.get),
            "top_betweenness": max(betweenness, key=betweenness.get), "communities": len(clusters)}


def run_igraph(n, edges, undirected):
    import igraph as ig
    g = ig.Graph(n=n, edges=[(i, j) for i, j, _ in edges], directed=True)
    g.es["weight"] = [w for _, _, w in edges]
    g.es["distance"] = [round(2 * SCALE / w) for _, _, w in edges]
    influenced = g.pagerank(damping=0.85, weights="weight")
    r = g.copy()
    r.reverse_edges()
    influencing = r.pagerank(damping=0.85, weights="weight")
    betweenness = g.betweenness(weights="distance")
    u = ig.Graph(n=n, edges=list(undirected.keys()))
    u.es["weight"] = list(undirected.values())
    clusters = u.community_multilevel(weights="weight")
    top = lambda v: max(range(n), key=v.__getitem__)
    return {"top_pagerank": top(influencing), "top_influenced": top(influenced), "top_betweenness": top(betweenness),
            "communities": len(clusters)}


def run(data):
    library, n, edges, undirected = data
    return (run_networkx if library == "networkx" else run_igraph)(n, edges, undirected)


if __name__ == "__main__":
    main(run, prepare)
