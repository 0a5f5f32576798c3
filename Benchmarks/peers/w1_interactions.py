"""W1 peer: the interaction metrics of DESIGN.md section 4.1 in numpy (out/in sums split by sign,
second order w * A(A1), total, net, ranking, strong negative links, hidden trade-offs)."""
import numpy as np

from common import SCALE, main, read_matrix


def metrics(data, w=0.5):
    ids, a, scored = data
    out = a.sum(axis=1)
    pos = np.clip(a, 0, None).sum(axis=1)
    neg = np.clip(a, None, 0).sum(axis=1)
    inn = a.sum(axis=0)
    second = w * (a @ out)
    total = out + second
    net = out - inn
    order = sorted(range(len(ids)), key=lambda i: (-total[i], ids[i]))
    strong = int(((a <= -2 * SCALE / 3) & scored).sum())
    # Hidden trade-offs i->k->j (j != i): a_ik * a_kj / s <= -s/3 while a_ij >= 0 or blank.
    direct_ok = ~(scored & (a < 0))
    np.fill_diagonal(direct_ok, False)
    hidden = 0
    for k in range(len(ids)):
        two_step = np.outer(a[:, k], a[k, :]) / SCALE
        hidden += int(((two_step <= -SCALE / 3) & direct_ok).sum())
    return {
        "top": [ids[i] for i in order[:5]],
        "strong_negative_links": strong,
        "hidden_trade_offs": hidden,
        "positive_out_sum": float(pos.sum()),
        "negative_out_sum": float(neg.sum()),
        "net_max": float(net.max()),
    }


if __name__ == "__main__":
    main(metrics, lambda args: read_matrix(args[0]))
