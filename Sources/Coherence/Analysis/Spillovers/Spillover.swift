/// Whether a spillover comes straight from the action's contribution or along interactions.
public enum SpilloverKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The action contributes to a target its domain does not own.
    case direct
    /// The action reaches the target through one or more interactions (action → target → … → target).
    case indirect
}

/// The sign of a spillover.
public enum SpilloverEffect: String, Sendable, Hashable, Codable, CaseIterable {
    /// A positive side effect (strength > 0).
    case coBenefit = "co-benefit"
    /// A negative side effect (strength < 0).
    case tradeOff = "trade-off"

    /// The effect of a strength (which is never 0 for a finding).
    public init(strength: Double) { self = strength < 0 ? .tradeOff : .coBenefit }
}

/// One spillover: a path from an action to a goal, target or objective that the action's domain
/// does not own, with its strength, scope, and — for trade-offs — whether anyone manages it.
///
/// Negative scores: the strength is the product of the scores along the path divided by s per
/// extra step, so signs multiply and a (−)(−) path is a co-benefit (preventing a setback on the
/// first target protects the second).
public struct Spillover: Sendable, Hashable, Codable, Identifiable {
    /// The stable id: the path (action first) joined by `>`, such as `lez>8.3>8.9`.
    public var id: String
    /// Direct or indirect.
    public var kind: SpilloverKind
    /// Co-benefit or trade-off.
    public var effect: SpilloverEffect
    /// The acting action's id.
    public var action: String
    /// The acting action's label.
    public var actionLabel: String
    /// The acting action's domain id.
    public var domain: String
    /// The acting domain's label.
    public var domainLabel: String
    /// The goal, target or objective the spillover lands on.
    public var target: String
    /// Its label (a target's short name in the report's language).
    public var targetLabel: String
    /// Whether it is a goal, a target or an objective (a goal means a goal-level tag).
    public var targetKind: NodeKind
    /// The domains that own the target (empty: nobody is responsible for it).
    public var receivingDomains: [String]
    /// Their labels, in the same order.
    public var receivingDomainLabels: [String]
    /// The node ids from the action to the target, in order.
    public var path: [String]
    /// Their labels, in the same order.
    public var pathLabels: [String]
    /// The score of each edge on the path: the contribution, then each interaction (means over experts).
    public var scores: [Double]
    /// c · a₁ · … · aₖ₋₁ / s^(k−1) for a path of k edges; the contribution itself when direct.
    public var strength: Double
    /// Where the effect lands: the scope of the action's contribution (the first edge).
    public var scope: Scope
    /// The lowest confidence given on the path's edges, or `nil` when none was given.
    public var confidence: Confidence?
    /// For trade-offs: `true` only when fully managed; `nil` for co-benefits.
    public var managed: Bool?
    /// For trade-offs: managed, partly or unmanaged; `nil` for co-benefits.
    public var management: Management?
    /// For trade-offs: the actions that explicitly `mitigate` it (by id).
    public var mitigatedBy: [String]?
    /// For trade-offs: the receiving domains' positive contributions to the target, summed.
    public var receiverSupport: Double?
    /// For trade-offs: the receiving domains' actions with a positive contribution to the target.
    public var supportedBy: [String]?
    /// Whether this finding is the one its (action, target) pair is counted by in the aggregates.
    public var countsInAggregates: Bool
    /// Whether the action's contribution that starts the path was assumed rather than scored
    /// (a tag without a score, counted as +1 and marked `assumed` by the plan reader).
    public var assumed: Bool = false
    /// One sentence in the report's language that says what happens and whether it is managed.
    public var explanation: String

    /// Whether the spillover is a trade-off that nobody manages.
    public var isUnmanagedTradeOff: Bool { management == .unmanaged }

    /// The order of the findings list: unmanaged trade-offs, other trade-offs, co-benefits; within
    /// each, strongest first, then direct before longer paths, then by id.
    public static func listOrder(_ a: Spillover, _ b: Spillover) -> Bool {
        func rank(_ s: Spillover) -> Int { s.effect == .coBenefit ? 2 : (s.management == .unmanaged ? 0 : 1) }
        let (ra, rb) = (rank(a), rank(b))
        if ra != rb { return ra < rb }
        if abs(a.strength) != abs(b.strength) { return abs(a.strength) > abs(b.strength) }
        if a.path.count != b.path.count { return a.path.count < b.path.count }
        return a.id < b.id
    }
}

/// One (action, target) pair as the aggregates count it: once, by its direct contribution when
/// there is one, otherwise by its strongest path.
public struct SpilloverPair: Sendable, Hashable, Codable {
    /// The action's id.
    public var action: String
    /// The action's domain id.
    public var domain: String
    /// The goal, target or objective.
    public var target: String
    /// The domains that own the target (empty: nobody).
    public var receivingDomains: [String]
    /// The id of the finding the pair is counted by.
    public var spillover: String
    /// Whether that finding is direct or indirect.
    public var kind: SpilloverKind
    /// Its strength.
    public var strength: Double
    /// Its effect.
    public var effect: SpilloverEffect
    /// Its scope.
    public var scope: Scope
    /// For trade-offs: how it is managed.
    public var management: Management?
    /// How many findings (the direct one and every kept path) link the action to the target.
    public var pathCount: Int
    /// Whether those findings disagree in sign (some positive, some negative).
    public var signsDisagree: Bool
}
