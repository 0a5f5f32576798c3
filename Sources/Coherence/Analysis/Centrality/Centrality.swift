/// Centralities of the interaction network (DESIGN §4.2): weighted in/out strength per layer,
/// PageRank both ways, Katz both ways and betweenness, all three on the positive layer.
///
/// - PageRank (damping 0.85) on A⁺ ranks what is most *influenced*, on (A⁺)ᵀ what is most
///   *influencing*; dangling nodes spread their score uniformly (as networkx does).
/// - Katz on the positive layer with β = 1 and α = c/λmax (c = 0.5 by default, so α·λmax = 0.5 < 1:
///   the series converges with a wide margin even if λmax were slightly off; λmax is a certified upper
///   bound); when the positive layer has no cycle every α converges and α = c/s. Normalised by the
///   Euclidean norm, as networkx. Eigenvector centrality is not offered: it degenerates when the layer
///   is not strongly connected.
/// - Betweenness (Brandes) on the positive layer with integer lengths round(2s/a): 6, 3, 2 for scores
///   1, 2, 3 on the default scale, so equal paths tie exactly; normalised as networkx for directed graphs.
///
/// Negative scores: left out of PageRank, Katz and betweenness (a trade-off is not a channel of
/// influence to follow); counted by magnitude in the negative strengths.
///
/// - Parameters:
///   - network: the network.
///   - options: damping, tolerance, iteration cap, Katz factor.
/// - Returns: the report, nodes in matrix order.
/// - Complexity: O(I · (n + m)) for the iterations plus O(n · m log n) for betweenness.
public func centrality(in network: PolicyNetwork, options: CentralityOptions = .init()) -> CentralityReport {
    centrality(of: InteractionMatrix(network), options: options)
}

/// Centralities of an interaction matrix; see ``centrality(in:options:)``.
public func centrality(of matrix: InteractionMatrix, options: CentralityOptions = .init()) -> CentralityReport {
    let n = matrix.count
    let s = matrix.magnitude
    var strengths = [[Double]](repeating: [Double](repeating: 0, count: n), count: 4)
    for i in 0..<n {
        for e in matrix.row(i) {
            let a = matrix.values[e], j = matrix.columns[e]
            if a > 0 {
                strengths[0][i] += a
                strengths[1][j] += a
            } else if a < 0 {
                strengths[2][i] -= a
                strengths[3][j] -= a
            }
        }
    }
    let positive = WeightedGraph(matrix, layer: .positive)
    let reversed = positive.reversed()
    let maxIterations = max(1, options.maxIterations)
    let influenced = PageRank.compute(positive, damping: options.damping, tolerance: options.tolerance, maxIterations: maxIterations)
    let influencing = PageRank.compute(reversed, damping: options.damping, tolerance: options.tolerance, maxIterations: maxIterations)
    let radius = SpectralRadius.estimate(positive)
    let factor = min(0.99, max(0.01, options.katzFactor))
    let alpha = radius.acyclic || radius.value <= 0 ? factor / max(s, 1e-300) : factor / radius.value
    let katzIn = Katz.compute(positive, alpha: alpha, tolerance: options.tolerance, maxIterations: maxIterations)
    let katzOut = Katz.compute(reversed, alpha: alpha, tolerance: options.tolerance, maxIterations: maxIterations)
    let lengths = positive.weights.map { Betweenness.length(weight: $0, magnitude: s) }
    let betweenness = Betweenness.compute(positive, lengths: lengths)
    var lengthTable: [String: Int] = [:]
    for w in positive.weights { lengthTable[ScoreScale.format(w)] = Betweenness.length(weight: w, magnitude: s) }
    let nodes = (0..<n).map { i in
        NodeCentrality(
            id: matrix.ids[i], label: matrix.labels[i], kind: matrix.kinds[i],
            positiveOutStrength: strengths[0][i], positiveInStrength: strengths[1][i],
            negativeOutStrength: strengths[2][i], negativeInStrength: strengths[3][i],
            pageRankInfluenced: influenced.scores[i], pageRankInfluencing: influencing.scores[i],
            katzInfluenced: katzIn.scores[i], katzInfluencing: katzOut.scores[i], betweenness: betweenness[i])
    }
    return CentralityReport(
        metrics: CentralityMetric.all, damping: options.damping, tolerance: options.tolerance,
        spectralRadius: radius.value, positiveLayerAcyclic: radius.acyclic, katzAlpha: alpha, katzBeta: 1,
        betweennessLengths: lengthTable,
        pageRankInfluencedRun: IterationSummary(iterations: influenced.iterations, converged: influenced.converged),
        pageRankInfluencingRun: IterationSummary(iterations: influencing.iterations, converged: influencing.converged),
        katzInfluencedRun: IterationSummary(iterations: katzIn.iterations, converged: katzIn.converged),
        katzInfluencingRun: IterationSummary(iterations: katzOut.iterations, converged: katzOut.converged),
        nodes: nodes)
}

extension CentralityMetric {
    /// The metrics of ``NodeCentrality``, with their layers.
    static let all: [CentralityMetric] = [
        CentralityMetric(field: "positiveOutStrength", layer: .positive, negativeScores: InteractionLayer.positive.negativeScores,
                         meaning: "sum of the positive scores in the node's row: synergies it sends"),
        CentralityMetric(field: "positiveInStrength", layer: .positive, negativeScores: InteractionLayer.positive.negativeScores,
                         meaning: "sum of the positive scores in the node's column: synergies it receives"),
        CentralityMetric(field: "negativeOutStrength", layer: .negative, negativeScores: InteractionLayer.negative.negativeScores,
                         meaning: "sum of the magnitudes of the negative scores in the node's row: trade-offs it sends"),
        CentralityMetric(field: "negativeInStrength", layer: .negative, negativeScores: InteractionLayer.negative.negativeScores,
                         meaning: "sum of the magnitudes of the negative scores in the node's column: trade-offs it receives"),
        CentralityMetric(field: "pageRankInfluenced", layer: .positive, negativeScores: InteractionLayer.positive.negativeScores,
                         meaning: "PageRank on the positive layer (damping 0.85): what is most influenced"),
        CentralityMetric(field: "pageRankInfluencing", layer: .positive, negativeScores: InteractionLayer.positive.negativeScores,
                         meaning: "PageRank on the transposed positive layer: what is most influencing"),
        CentralityMetric(field: "katzInfluenced", layer: .positive, negativeScores: InteractionLayer.positive.negativeScores,
                         meaning: "Katz centrality (β = 1, Euclidean-normalised) on the positive layer: influence received along all walks"),
        CentralityMetric(field: "katzInfluencing", layer: .positive, negativeScores: InteractionLayer.positive.negativeScores,
                         meaning: "Katz centrality on the transposed positive layer: influence sent along all walks"),
        CentralityMetric(field: "betweenness", layer: .positive, negativeScores: InteractionLayer.positive.negativeScores,
                         meaning: "share of shortest synergy paths through the node, lengths round(2s/a), normalised by (n − 1)(n − 2)"),
    ]
}
