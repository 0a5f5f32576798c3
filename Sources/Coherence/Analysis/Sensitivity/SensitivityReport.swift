/// The parameters of the sensitivity analysis.
public struct SensitivityOptions: Sendable, Hashable, Codable {
    /// The number of samples N (default 1000).
    public var samples: Int
    /// The seed; sample i draws from `SplitMix64(seed: seed, stream: i)`.
    public var seed: UInt64
    /// k of "probability of being in the top k" (default 5).
    public var topK: Int
    /// The weight w of second-order influence in the ranking by total (default 0.5).
    public var secondOrderWeight: Double
    /// Whether to resample the experts when there are several (default true, as DESIGN §4.2 asks).
    /// Without it, each sample steps the mean scores with each cell's lowest confidence.
    public var resampleExperts: Bool
    /// How many threads to use; `nil` uses every active core. The result does not depend on it.
    public var workers: Int?

    /// Creates options.
    public init(samples: Int = 1000, seed: UInt64 = 1, topK: Int = 5, secondOrderWeight: Double = 0.5,
                resampleExperts: Bool = true, workers: Int? = nil) {
        self.samples = samples
        self.seed = seed
        self.topK = topK
        self.secondOrderWeight = secondOrderWeight
        self.resampleExperts = resampleExperts
        self.workers = workers
    }
}

/// How stable one node's place in the ranking is.
public struct NodeSensitivity: Sendable, Hashable, Codable {
    /// The node's id.
    public let id: String
    /// Its label.
    public let label: String
    /// Goal, target or objective.
    public let kind: NodeKind
    /// Its rank by total on the unperturbed matrix (ties by id).
    public let baselineRank: Int
    /// Its total on the unperturbed matrix.
    public let baselineTotal: Double
    /// The median of its sample ranks.
    public let medianRank: Double
    /// The 5th percentile of its sample ranks (the better end).
    public let rankLow: Double
    /// The 95th percentile of its sample ranks.
    public let rankHigh: Double
    /// The best rank it reached.
    public let bestRank: Int
    /// The worst rank it reached.
    public let worstRank: Int
    /// The share of samples in which it ranked in the top k.
    public let topKProbability: Double
}

/// The distribution of Kendall's τ_b between the sample rankings and the baseline.
public struct TauSummary: Sendable, Hashable, Codable {
    /// The mean over the samples where τ_b is defined.
    public let mean: Double
    /// The lowest.
    public let min: Double
    /// The 5th percentile.
    public let p5: Double
    /// The median.
    public let median: Double
    /// The 95th percentile.
    public let p95: Double
    /// The highest.
    public let max: Double
    /// Samples where τ_b is undefined (a ranking of all ties).
    public let undefined: Int
}

/// How robust the SDG Synergies ranking is to scoring uncertainty (DESIGN §4.2).
public struct SensitivityReport: Sendable, Hashable, Codable {
    /// The layer: signed (the ranking is by total).
    public let layer: InteractionLayer
    /// How negative scores are treated.
    public let negativeScores: String
    /// What a sample is, in words.
    public let method: String
    /// The step a score moves, s/3.
    public let step: Double
    /// The chance a score moves, by confidence (`low`, `medium`, `high`; a cell with no confidence counts as medium).
    public let moveProbability: [String: Double]
    /// Whether experts were resampled (more than one expert).
    public let resamplesExperts: Bool
    /// The experts.
    public let experts: [String]
    /// N.
    public let samples: Int
    /// The seed.
    public let seed: UInt64
    /// k.
    public let topK: Int
    /// w.
    public let secondOrderWeight: Double
    /// How percentiles are computed.
    public let percentiles: String
    /// Every node, by baseline rank.
    public let nodes: [NodeSensitivity]
    /// Kendall's τ_b of each sample against the baseline, summarised.
    public let kendallTau: TauSummary
}
