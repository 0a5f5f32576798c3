/// The layer MICMAC takes powers of: it needs non-negative weights.
public enum MICMACLayer: String, Sendable, Hashable, Codable, CaseIterable {
    /// |a|: synergies and trade-offs mixed into one strength (the default, as in Godet's method).
    case absolute
    /// max(a, 0): synergies only.
    case positive
    /// max(−a, 0): trade-offs only, by magnitude.
    case negative

    /// The interaction layer.
    public var layer: InteractionLayer {
        switch self {
        case .absolute: return .absolute
        case .positive: return .positive
        case .negative: return .negative
        }
    }
}

/// The parameters of MICMAC.
public struct MICMACOptions: Sendable, Hashable, Codable {
    /// The layer M (default absolute).
    public var layer: MICMACLayer
    /// The power k of M^k; `nil` raises k from 2 until the ranking is stable.
    public var power: Int?
    /// The highest power tried when k is not given (default 10).
    public var maxPower: Int

    /// Creates options.
    public init(layer: MICMACLayer = .absolute, power: Int? = nil, maxPower: Int = 10) {
        self.layer = layer
        self.power = power
        self.maxPower = maxPower
    }
}

/// Why MICMAC stopped at its power.
public enum MICMACStop: String, Sendable, Hashable, Codable {
    /// The power was given.
    case given
    /// The rankings of influence and dependence were the same for two consecutive powers.
    case stable
    /// M is acyclic: M^(k+1) = 0, so k is the last non-zero power.
    case acyclic
    /// The rankings still changed at the highest power tried (they oscillate or converge slowly).
    case maximum
    /// The layer has no links at all.
    case emptyLayer = "empty-layer"
}

/// Godet's four quadrants of the influence–dependence plane, split at the means.
public enum MICMACQuadrant: String, Sendable, Hashable, Codable, CaseIterable {
    /// High influence, low dependence: levers that move the system.
    case driver
    /// High influence, high dependence: relays that pass effects on (and amplify them).
    case relay
    /// Low influence, high dependence: outcomes that the system moves.
    case dependent
    /// Low influence, low dependence: loosely connected.
    case autonomous

    /// The quadrant of a point, where "high" means above the mean.
    static func of(highInfluence: Bool, highDependence: Bool) -> MICMACQuadrant {
        switch (highInfluence, highDependence) {
        case (true, false): return .driver
        case (true, true): return .relay
        case (false, true): return .dependent
        case (false, false): return .autonomous
        }
    }
}

/// One node in MICMAC.
public struct MICMACNode: Sendable, Hashable, Codable {
    /// The node's id.
    public let id: String
    /// Its label.
    public let label: String
    /// Goal, target or objective.
    public let kind: NodeKind
    /// Row sum of M (the layer's weights, not normalised).
    public let directInfluence: Double
    /// Column sum of M.
    public let directDependence: Double
    /// Row sum of M^k / max(M^k).
    public let indirectInfluence: Double
    /// Column sum of M^k / max(M^k).
    public let indirectDependence: Double
    /// Rank by direct influence (1 = highest, ties by id).
    public let directInfluenceRank: Int
    /// Rank by direct dependence.
    public let directDependenceRank: Int
    /// Rank by indirect influence.
    public let indirectInfluenceRank: Int
    /// Rank by indirect dependence.
    public let indirectDependenceRank: Int
    /// directInfluenceRank − indirectInfluenceRank: positive when the node rises once indirect effects count.
    public let influenceShift: Int
    /// directDependenceRank − indirectDependenceRank.
    public let dependenceShift: Int
    /// The quadrant by indirect influence and dependence.
    public let quadrant: MICMACQuadrant
    /// The quadrant by direct influence and dependence.
    public let directQuadrant: MICMACQuadrant
}

/// MICMAC (Godet): direct and indirect influence and dependence (DESIGN §4.2).
public struct MICMACReport: Sendable, Hashable, Codable {
    /// The layer M.
    public let layer: InteractionLayer
    /// How negative scores are treated.
    public let negativeScores: String
    /// The power k whose row and column sums are the indirect figures.
    public let power: Int
    /// Why k is what it is.
    public let stop: MICMACStop
    /// The same in a sentence (English).
    public let stopExplanation: String
    /// Mean indirect influence (the vertical split of the quadrants).
    public let influenceMean: Double
    /// Mean indirect dependence (the horizontal split).
    public let dependenceMean: Double
    /// Mean direct influence.
    public let directInfluenceMean: Double
    /// Mean direct dependence.
    public let directDependenceMean: Double
    /// Every node, by indirect influence rank.
    public let nodes: [MICMACNode]
}
