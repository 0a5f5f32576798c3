/// The parameters of the centrality analysis.
public struct CentralityOptions: Sendable, Hashable, Codable {
    /// PageRank's damping (default 0.85).
    public var damping: Double
    /// The convergence tolerance of PageRank and Katz: stop when the L1 change of one step is below
    /// n · tolerance, networkx's rule (default 1e-12).
    public var tolerance: Double
    /// The most power-iteration steps (default 10 000).
    public var maxIterations: Int
    /// Katz's α as a share of 1/λmax, in (0, 1) (default 0.5: α = 0.5/λmax). Values outside are clamped to [0.01, 0.99].
    public var katzFactor: Double

    /// Creates options.
    public init(damping: Double = 0.85, tolerance: Double = 1e-12, maxIterations: Int = 10_000, katzFactor: Double = 0.5) {
        self.damping = damping
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.katzFactor = katzFactor
    }
}

/// What one centrality metric measures and on which layer.
public struct CentralityMetric: Sendable, Hashable, Codable {
    /// The JSON field of the metric in ``NodeCentrality``.
    public let field: String
    /// The layer it uses.
    public let layer: InteractionLayer
    /// How negative scores are treated.
    public let negativeScores: String
    /// What it means.
    public let meaning: String
}

/// One node's centralities.
public struct NodeCentrality: Sendable, Hashable, Codable {
    /// The node's id.
    public let id: String
    /// Its label.
    public let label: String
    /// Goal, target or objective.
    public let kind: NodeKind
    /// Σ_j max(a_ij, 0): synergies sent.
    public let positiveOutStrength: Double
    /// Σ_j max(a_ji, 0): synergies received.
    public let positiveInStrength: Double
    /// Σ_j max(−a_ij, 0): trade-offs sent, by magnitude.
    public let negativeOutStrength: Double
    /// Σ_j max(−a_ji, 0): trade-offs received, by magnitude.
    public let negativeInStrength: Double
    /// PageRank on A⁺: high for what is most influenced.
    public let pageRankInfluenced: Double
    /// PageRank on (A⁺)ᵀ: high for what is most influencing.
    public let pageRankInfluencing: Double
    /// Katz on A⁺ (in-arcs): most influenced.
    public let katzInfluenced: Double
    /// Katz on (A⁺)ᵀ: most influencing.
    public let katzInfluencing: Double
    /// Betweenness on A⁺ with lengths round(2s/a), normalised by (n − 1)(n − 2).
    public let betweenness: Double
}

/// How an iterative method ended.
public struct IterationSummary: Sendable, Hashable, Codable {
    /// The steps taken.
    public let iterations: Int
    /// Whether the tolerance was reached.
    public let converged: Bool
}

/// Centrality of the interaction network (DESIGN §4.2).
public struct CentralityReport: Sendable, Hashable, Codable {
    /// What each metric means and the layer it uses.
    public let metrics: [CentralityMetric]
    /// PageRank's damping.
    public let damping: Double
    /// The tolerance.
    public let tolerance: Double
    /// λmax of the positive layer (0 when it has no cycle).
    public let spectralRadius: Double
    /// Whether the positive layer has no cycle.
    public let positiveLayerAcyclic: Bool
    /// Katz's α: `katzFactor/λmax`, or `katzFactor/s` when the positive layer has no cycle (any α converges then).
    public let katzAlpha: Double
    /// Katz's β.
    public let katzBeta: Double
    /// The arc lengths used for betweenness, by score: e.g. "1": 6, "2": 3, "3": 2 on the default scale.
    public let betweennessLengths: [String: Int]
    /// PageRank on A⁺.
    public let pageRankInfluencedRun: IterationSummary
    /// PageRank on (A⁺)ᵀ.
    public let pageRankInfluencingRun: IterationSummary
    /// Katz on A⁺.
    public let katzInfluencedRun: IterationSummary
    /// Katz on (A⁺)ᵀ.
    public let katzInfluencingRun: IterationSummary
    /// Every node, in matrix order.
    public let nodes: [NodeCentrality]
}
