"""W3 peer: spillovers with networkx — direct (an action's contribution to a target another domain
owns) and indirect of length 2 (action -> target -> target through the matrix, strength
c * a / s, kept when |strength| >= s/3 and the end target is owned by another domain), each
finding with its path, then counts of co-benefits and trade-offs."""
import networkx as nx

from common import SCALE, main, read_matrix, read_ownership, read_plan


def prepare(args):
    plan, ownership, matrix = args
    ids, a, scored = read_matrix(matrix)
    g = nx.DiGraph()
    for i, j in zip(*scored.nonzero()):
        g.add_edge(ids[i], ids[j], weight=a[i, j])
    domain = {}
    for action, dom, tags, _ in read_plan(plan):
        domain[action] = dom
        for target, score in tags:
            g.add_edge(action, target, weight=score)
    return g, domain, read_ownership(ownership)


def spillovers(data):
    g, domain, owner = data
    findings = []
    threshold = SCALE / 3
    for action, dom in domain.items():
        for target, edge in g[action].items():
            c = edge["weight"]
            if owner.get(target) not in (None, dom) and c != 0:
                findings.append((action, target, None, c))
            for end, link in g[target].items():
                strength = c * link["weight"] / SCALE
                if abs(strength) >= threshold and owner.get(end) not in (None, dom):
                    findings.append((action, target, end, strength))
    direct = sum(1 for f in findings if f[2] is None)
    trade_offs = sum(1 for f in findings if f[3] < 0)
    return {"direct": direct, "indirect": len(findings) - direct, "co_benefits": len(findings) - trade_offs,
            "trade_offs": trade_offs}


if __name__ == "__main__":
    main(spillovers, prepare)
