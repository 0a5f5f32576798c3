#!/usr/bin/env python3
"""Load every `coherence export` in a folder with networkx (and plain CSV reading) and print
what the loaders see, as JSON, so a test can compare it with the model.

Usage: .venv/bin/python Scripts/crosscheck/load_exports.py DIR

DIR holds any of: one *.graphml (networkx.read_graphml), one *.gexf (networkx.read_gexf), one
node-link *.json (networkx.node_link_graph(data, edges="edges")), and a folder with nodes.csv and
edges.csv (DIR itself or a subfolder; read with the csv module, no pandas, into a networkx
MultiDiGraph). The CSV dialect is recognised: a byte-order mark and ';' mean excel-nl, with
decimal commas.

Output: {format: {"nodes": n, "edges": m, "directed": bool, "multigraph": bool,
"graph": {graph attributes}, "node_kinds": {id: kind}, "node_colours": {id: colour},
"node_goals": {id: goal}, "edge_scores": {"from>to>kind[>subject]": score or null},
"edge_signs": {same key: sign}, "sample_node": {...}, "sample_edge": {...}}}
"""

import csv
import io
import json
import os
import sys

import networkx as nx


def edge_key(u, v, data):
    key = f"{u}>{v}>{data.get('kind')}"
    subject = data.get("subject")
    if subject not in (None, ""):
        key += f">{subject}"
    return key


def number(value, decimal_comma):
    if value is None or value == "":
        return None
    if decimal_comma:
        value = value.replace(",", ".")
    return float(value)


def summarise(G):
    nodes = {str(n): dict(d) for n, d in G.nodes(data=True)}
    edge_scores, edge_signs = {}, {}
    if G.is_multigraph():
        triples = [(u, v, d) for u, v, _, d in G.edges(keys=True, data=True)]
    else:
        triples = list(G.edges(data=True))
    for u, v, d in triples:
        key = edge_key(u, v, d)
        score = d.get("score")
        edge_scores[key] = None if score is None else float(score)
        sign = d.get("sign")
        edge_signs[key] = None if sign is None else int(sign)
    graph = {k: v for k, v in G.graph.items() if k not in ("node_default", "edge_default")}
    first_node = next(iter(nodes.items()), None)
    first_edge = triples[0] if triples else None
    return {
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "directed": G.is_directed(),
        "multigraph": G.is_multigraph(),
        "graph": graph,
        "node_kinds": {n: d.get("kind") for n, d in nodes.items()},
        "node_colours": {n: d.get("colour") for n, d in nodes.items()},
        "node_labels": {n: d.get("label") for n, d in nodes.items()},
        "node_goals": {n: d.get("goal") for n, d in nodes.items() if d.get("goal") not in (None, "")},
        "edge_scores": edge_scores,
        "edge_signs": edge_signs,
        "sample_node": {"id": first_node[0], **first_node[1]} if first_node else None,
        "sample_edge": {"source": str(first_edge[0]), "target": str(first_edge[1]), **first_edge[2]}
        if first_edge else None,
    }


def read_table(path):
    with open(path, "rb") as f:
        raw = f.read()
    excel = raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    header = text.split("\r\n", 1)[0]
    delimiter = ";" if excel or (";" in header and "," not in header) else ","
    rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))
    return rows, delimiter == ";"


def load_csv(folder):
    nodes, decimal_comma = read_table(os.path.join(folder, "nodes.csv"))
    edges, _ = read_table(os.path.join(folder, "edges.csv"))
    G = nx.MultiDiGraph()
    for row in nodes:
        data = {k: v for k, v in row.items() if k != "id" and v != ""}
        for name in ("budget",):
            if name in data:
                data[name] = number(data[name], decimal_comma)
        if "goal" in data:
            data["goal"] = int(number(data["goal"], decimal_comma))
        G.add_node(row["id"], **data)
    for row in edges:
        data = {k: v for k, v in row.items() if k not in ("from", "to", "id") and v != ""}
        for name in ("score", "weight"):
            if name in data:
                data[name] = number(data[name], decimal_comma)
        if "sign" in data:
            data["sign"] = int(number(data["sign"], decimal_comma))
        if "assumed" in data:
            data["assumed"] = data["assumed"] == "true"
        G.add_edge(row["from"], row["to"], key=row["id"], **data)
    with open(os.path.join(folder, "provenance.json"), encoding="utf-8") as f:
        G.graph.update(json.load(f))
    return G


def find(folder, suffix):
    names = sorted(n for n in os.listdir(folder) if n.endswith(suffix) and n != "provenance.json")
    return os.path.join(folder, names[0]) if names else None


def csv_folder(folder):
    if os.path.exists(os.path.join(folder, "nodes.csv")):
        return folder
    for name in sorted(os.listdir(folder)):
        sub = os.path.join(folder, name)
        if os.path.isdir(sub) and os.path.exists(os.path.join(sub, "nodes.csv")):
            return sub
    return None


def main(argv):
    if len(argv) != 2 or not os.path.isdir(argv[1]):
        print("usage: load_exports.py DIR", file=sys.stderr)
        return 2
    folder = argv[1]
    result = {}
    path = find(folder, ".graphml")
    if path:
        result["graphml"] = summarise(nx.read_graphml(path))
    path = find(folder, ".gexf")
    if path:
        result["gexf"] = summarise(nx.read_gexf(path))
    path = find(folder, ".json")
    if path:
        with open(path, encoding="utf-8") as f:
            result["node-link"] = summarise(nx.node_link_graph(json.load(f), edges="edges"))
    sub = csv_folder(folder)
    if sub:
        result["csv"] = summarise(load_csv(sub))
    json.dump(result, sys.stdout, ensure_ascii=False, sort_keys=True, indent=1, default=str)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
