/// The SDG Synergies figures of a network's interaction matrix (Weitz et al. 2018; DESIGN §4.1).
///
/// For the signed matrix A (a_ij = influence of i on j, the mean over experts):
/// out_i = Σ_j a_ij (split into positive and negative parts), in_j = Σ_i a_ij (also split),
/// second_i = w · Σ_k a_ik · out_k = w · (A·(A·1))_i, total_i = out_i + second_i,
/// net_i = out_i − in_i; nodes ranked by total, ties by id. Warning flags: strong negative links
/// (a_ij ≤ −2s/3) and hidden trade-offs (see ``HiddenTradeOff``).
///
/// Negative scores keep their sign: trade-offs subtract from sums, and in second order the product of
/// two negative scores counts as positive (preventing a setback protects what follows); paths that
/// return to their start (i → k → i) are included in second order, as A² includes them.
///
/// - Parameters:
///   - network: the network; its interaction matrix is ``InteractionMatrix/init(_:)``.
///   - options: the second-order weight and how many hidden trade-offs to list.
/// - Returns: the report; empty lists for a network without interactions.
/// - Complexity: O(m + P log N) for m scored cells and P two-step paths (the hidden trade-off scan),
///   N the trade-off limit; the figures alone are O(n + m).
public func influence(in network: PolicyNetwork, options: InfluenceOptions = .init()) -> InfluenceReport {
    influence(of: InteractionMatrix(network), options: options)
}

/// The SDG Synergies figures of an interaction matrix; see ``influence(in:options:)``.
///
/// - Complexity: O(m + P log N).
public func influence(of matrix: InteractionMatrix, options: InfluenceOptions = .init()) -> InfluenceReport {
    let n = matrix.count
    var vectors = InfluenceVectors(count: n)
    vectors.compute(matrix, values: matrix.values, weight: options.secondOrderWeight)
    let order = Ranking.order(vectors.total, idOrder: matrix.idOrder)
    var nodes: [NodeInfluence] = []
    nodes.reserveCapacity(n)
    for (position, i) in order.enumerated() {
        nodes.append(NodeInfluence(
            id: matrix.ids[i], label: matrix.labels[i], kind: matrix.kinds[i], rank: position + 1,
            out: vectors.out[i], positiveOut: vectors.positiveOut[i], negativeOut: vectors.negativeOut[i],
            in: vectors.in[i], positiveIn: vectors.positiveIn[i], negativeIn: vectors.negativeIn[i],
            secondOrder: vectors.second[i], total: vectors.total[i], net: vectors.out[i] - vectors.in[i],
            scoredOut: matrix.row(i).count, scoredIn: matrix.column(i).count))
    }
    let s = matrix.magnitude
    let trade = hiddenTradeOffs(in: matrix, limit: options.tradeOffLimit)
    return InfluenceReport(
        layer: .signed, negativeScores: InteractionLayer.signed.negativeScores, scaleMagnitude: s,
        secondOrderWeight: options.secondOrderWeight, experts: matrix.experts, nodes: nodes,
        strongNegativeThreshold: -2 * s / 3, strongNegativeLinks: strongNegativeLinks(in: matrix),
        hiddenTradeOffThreshold: -s / 3, hiddenTradeOffs: trade.listed, hiddenTradeOffCount: trade.count,
        hiddenTradeOffLimit: max(0, options.tradeOffLimit))
}

/// The SDG Synergies vectors of one matrix, in flat arrays that can be reused from sample to sample.
struct InfluenceVectors: Sendable {
    var out, positiveOut, negativeOut, `in`, positiveIn, negativeIn, second, total: [Double]

    init(count n: Int) {
        let zeros = [Double](repeating: 0, count: n)
        (out, positiveOut, negativeOut, `in`, positiveIn, negativeIn, second, total) =
            (zeros, zeros, zeros, zeros, zeros, zeros, zeros, zeros)
    }

    /// Fills every vector for the matrix's structure with these entry values.
    ///
    /// - Parameters:
    ///   - matrix: gives the structure (rows and columns of the entries).
    ///   - values: one value per entry (the matrix's own, or a perturbed sample's); NaN marks a blank cell.
    ///   - weight: w.
    /// - Complexity: O(n + m), no allocation.
    mutating func compute(_ matrix: InteractionMatrix, values: [Double], weight: Double) {
        let n = matrix.count
        for i in 0..<n {
            var o = 0.0, p = 0.0, q = 0.0
            for e in matrix.rowOffsets[i]..<matrix.rowOffsets[i + 1] {
                let a = values[e]
                if a.isNaN { continue }
                o += a
                if a > 0 { p += a } else if a < 0 { q += a }
            }
            out[i] = o
            positiveOut[i] = p
            negativeOut[i] = q
            `in`[i] = 0
            positiveIn[i] = 0
            negativeIn[i] = 0
        }
        for e in 0..<matrix.columns.count {
            let a = values[e]
            if a.isNaN { continue }
            let j = matrix.columns[e]
            `in`[j] += a
            if a > 0 { positiveIn[j] += a } else if a < 0 { negativeIn[j] += a }
        }
        computeTotals(matrix, values: values, weight: weight)
    }

    /// Fills only `out`, `second` and `total` (what the ranking needs).
    ///
    /// - Complexity: O(n + m), no allocation.
    mutating func computeTotals(_ matrix: InteractionMatrix, values: [Double], weight: Double) {
        let n = matrix.count
        for i in 0..<n {
            var o = 0.0
            for e in matrix.rowOffsets[i]..<matrix.rowOffsets[i + 1] where !values[e].isNaN { o += values[e] }
            out[i] = o
        }
        for i in 0..<n {
            var t = 0.0
            for e in matrix.rowOffsets[i]..<matrix.rowOffsets[i + 1] where !values[e].isNaN {
                t += values[e] * out[matrix.columns[e]]
            }
            second[i] = weight * t
            total[i] = out[i] + second[i]
        }
    }
}
