/// The parameters of the SDG Synergies influence analysis.
public struct InfluenceOptions: Sendable, Hashable, Codable {
    /// The weight w of second-order influence in `total = out + w · second` (default 0.5, as in Weitz et al. 2018).
    public var secondOrderWeight: Double
    /// How many hidden trade-offs to list, strongest first (default 50); all are counted.
    public var tradeOffLimit: Int

    /// Creates options.
    public init(secondOrderWeight: Double = 0.5, tradeOffLimit: Int = 50) {
        self.secondOrderWeight = secondOrderWeight
        self.tradeOffLimit = tradeOffLimit
    }
}

/// One node's SDG Synergies figures.
///
/// All sums run over the scored cells of the signed matrix A; blank and 0 cells add nothing.
public struct NodeInfluence: Sendable, Hashable, Codable {
    /// The node's id.
    public let id: String
    /// The node's label.
    public let label: String
    /// Goal, target or objective.
    public let kind: NodeKind
    /// Its place in the ranking by ``total`` (1 = most influential; ties broken by id).
    public let rank: Int
    /// out_i = Σ_j a_ij: the node's direct influence on the system.
    public let out: Double
    /// pos_i = Σ_j max(a_ij, 0): the synergies it sends.
    public let positiveOut: Double
    /// neg_i = Σ_j min(a_ij, 0): the trade-offs it sends (≤ 0).
    public let negativeOut: Double
    /// in_i = Σ_j a_ji: the influence the node receives.
    public let `in`: Double
    /// Σ_j max(a_ji, 0): the synergies it receives.
    public let positiveIn: Double
    /// Σ_j min(a_ji, 0): the trade-offs it receives (≤ 0).
    public let negativeIn: Double
    /// second_i = w · Σ_k a_ik · out_k: influence passed on in two steps, weighted by w.
    public let secondOrder: Double
    /// total_i = out_i + second_i.
    public let total: Double
    /// net_i = out_i − in_i: positive for nodes that influence more than they are influenced.
    public let net: Double
    /// The number of scored cells in the node's row.
    public let scoredOut: Int
    /// The number of scored cells in the node's column.
    public let scoredIn: Int
}

/// A direct link scored at or below the strong-negative threshold −2s/3.
public struct StrongNegativeLink: Sendable, Hashable, Codable {
    /// The influencing node's id.
    public let from: String
    /// Its label.
    public let fromLabel: String
    /// The influenced node's id.
    public let to: String
    /// Its label.
    public let toLabel: String
    /// The score (mean over experts).
    public let score: Double
}

/// A hidden trade-off: a two-step path i → k → j (j ≠ i) whose strength a_ik · a_kj / s is at or
/// below −s/3 while the direct cell a_ij is ≥ 0 or blank — a setback nobody scored directly.
public struct HiddenTradeOff: Sendable, Hashable, Codable {
    /// The path's ids: i, k, j.
    public let path: [String]
    /// The path's labels.
    public let labels: [String]
    /// a_ik.
    public let first: Double
    /// a_kj.
    public let second: Double
    /// a_ik · a_kj / s.
    public let strength: Double
    /// The direct score a_ij, or `nil` when the cell is blank.
    public let direct: Double?
}

/// The SDG Synergies analysis of an interaction matrix (Weitz et al. 2018).
public struct InfluenceReport: Sendable, Hashable, Codable {
    /// The layer used: always ``InteractionLayer/signed``.
    public let layer: InteractionLayer
    /// How negative scores are treated.
    public let negativeScores: String
    /// The scale's magnitude s.
    public let scaleMagnitude: Double
    /// The weight w of second-order influence.
    public let secondOrderWeight: Double
    /// The experts whose scores were averaged.
    public let experts: [String]
    /// Every node, ranked by total (highest first, ties by id).
    public let nodes: [NodeInfluence]
    /// The strong-negative threshold, −2s/3.
    public let strongNegativeThreshold: Double
    /// Every direct link at or below the threshold, most negative first (ties by ids).
    public let strongNegativeLinks: [StrongNegativeLink]
    /// The hidden trade-off threshold, −s/3.
    public let hiddenTradeOffThreshold: Double
    /// The strongest hidden trade-offs, at most ``hiddenTradeOffLimit``, strongest first (ties by the path's ids).
    public let hiddenTradeOffs: [HiddenTradeOff]
    /// How many hidden trade-offs there are in all.
    public let hiddenTradeOffCount: Int
    /// How many were asked for.
    public let hiddenTradeOffLimit: Int
}

extension InfluenceReport {
    /// The same report with only the `count` highest-ranked nodes (the warning flags stay whole).
    ///
    /// - Complexity: O(count).
    public func prefix(_ count: Int) -> InfluenceReport {
        InfluenceReport(layer: layer, negativeScores: negativeScores, scaleMagnitude: scaleMagnitude,
                        secondOrderWeight: secondOrderWeight, experts: experts, nodes: Array(nodes.prefix(max(0, count))),
                        strongNegativeThreshold: strongNegativeThreshold, strongNegativeLinks: strongNegativeLinks,
                        hiddenTradeOffThreshold: hiddenTradeOffThreshold, hiddenTradeOffs: hiddenTradeOffs,
                        hiddenTradeOffCount: hiddenTradeOffCount, hiddenTradeOffLimit: hiddenTradeOffLimit)
    }
}
