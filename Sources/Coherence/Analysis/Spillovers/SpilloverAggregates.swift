/// Counts and summed strengths of spillovers, positive and negative kept apart.
///
/// Negative scores: trade-offs are summed on their own (``tradeOffStrength`` ≤ 0), never netted
/// against co-benefits.
public struct SpilloverTotals: Sendable, Hashable, Codable {
    /// The number of co-benefits.
    public var coBenefits: Int = 0
    /// Their summed strength (≥ 0).
    public var coBenefitStrength: Double = 0
    /// The number of trade-offs.
    public var tradeOffs: Int = 0
    /// Their summed strength (≤ 0).
    public var tradeOffStrength: Double = 0
    /// How many of the trade-offs are unmanaged.
    public var unmanagedTradeOffs: Int = 0
    /// How many of the trade-offs are partly managed.
    public var partlyManagedTradeOffs: Int = 0

    /// Empty totals.
    public init() {}

    /// The number of spillovers of either sign.
    public var count: Int { coBenefits + tradeOffs }

    /// Adds one spillover.
    ///
    /// - Parameters:
    ///   - strength: its strength; negative counts as a trade-off.
    ///   - management: for a trade-off, how it is managed.
    public mutating func add(strength: Double, management: Management?) {
        if strength < 0 {
            tradeOffs += 1
            tradeOffStrength += strength
            if management == .unmanaged { unmanagedTradeOffs += 1 }
            if management == .partly { partlyManagedTradeOffs += 1 }
        } else {
            coBenefits += 1
            coBenefitStrength += strength
        }
    }
}

/// Totals for every scope and split by scope (here, elsewhere, later).
public struct ScopedSpilloverTotals: Sendable, Hashable, Codable {
    /// All scopes together.
    public var total = SpilloverTotals()
    /// Effects here and now.
    public var here = SpilloverTotals()
    /// Effects elsewhere (partner municipalities, other countries, supply chains).
    public var elsewhere = SpilloverTotals()
    /// Effects later (future generations).
    public var later = SpilloverTotals()

    /// Empty totals.
    public init() {}

    /// The totals of one scope.
    public subscript(scope: Scope) -> SpilloverTotals {
        switch scope {
        case .here: return here
        case .elsewhere: return elsewhere
        case .later: return later
        }
    }

    /// Adds one spillover to the total and to its scope.
    public mutating func add(scope: Scope, strength: Double, management: Management?) {
        total.add(strength: strength, management: management)
        switch scope {
        case .here: here.add(strength: strength, management: management)
        case .elsewhere: elsewhere.add(strength: strength, management: management)
        case .later: later.add(strength: strength, management: management)
        }
    }
}

/// One cell of the domain × domain matrix: what one domain's actions do to another domain's
/// targets (or to targets nobody owns, when ``to`` is `nil`).
public struct SpilloverFlow: Sendable, Hashable, Codable {
    /// The acting domain's id.
    public var from: String
    /// The receiving domain's id, or `nil` for targets nobody owns.
    public var to: String?
    /// The totals, each (action, target) pair counted once.
    public var totals: ScopedSpilloverTotals
}

/// What one domain exports (spillovers its actions cause) and receives (spillovers on its targets).
public struct DomainSpillovers: Sendable, Hashable, Codable {
    /// The domain's id.
    public var domain: String
    /// Its label.
    public var label: String
    /// Spillovers its actions cause, each (action, target) pair once.
    public var exports: ScopedSpilloverTotals
    /// Spillovers that land on targets it owns, each (action, target) pair once.
    public var receives: ScopedSpilloverTotals
}

/// Accumulates counted (action, target) pairs into flat arrays: d × (d + 1) flow cells (the last
/// column is "nobody"), d exports, d receipts and the overall totals.
struct SpilloverAccumulator: Sendable {
    let domainCount: Int
    var flows: [ScopedSpilloverTotals]
    var exports: [ScopedSpilloverTotals]
    var receives: [ScopedSpilloverTotals]
    var overall = ScopedSpilloverTotals()

    init(domainCount: Int) {
        self.domainCount = domainCount
        flows = Array(repeating: ScopedSpilloverTotals(), count: domainCount * (domainCount + 1))
        exports = Array(repeating: ScopedSpilloverTotals(), count: domainCount)
        receives = Array(repeating: ScopedSpilloverTotals(), count: domainCount)
    }

    /// Counts one pair: once in its actor's exports and the overall totals, once in each receiving
    /// domain's receipts and flow cell (or in the "nobody" column).
    mutating func add(actor: Int, receivers: ArraySlice<Int>, scope: Scope, strength: Double, management: Management?) {
        overall.add(scope: scope, strength: strength, management: management)
        exports[actor].add(scope: scope, strength: strength, management: management)
        if receivers.isEmpty {
            flows[actor * (domainCount + 1) + domainCount].add(scope: scope, strength: strength, management: management)
        }
        for r in receivers {
            receives[r].add(scope: scope, strength: strength, management: management)
            flows[actor * (domainCount + 1) + r].add(scope: scope, strength: strength, management: management)
        }
    }

    /// The non-empty flow cells in (actor, receiver) order, "nobody" last in each row.
    func flowList(domainIDs: [String]) -> [SpilloverFlow] {
        var result: [SpilloverFlow] = []
        for a in 0..<domainCount {
            for r in 0...domainCount {
                let cell = flows[a * (domainCount + 1) + r]
                guard cell.total.count > 0 else { continue }
                result.append(SpilloverFlow(from: domainIDs[a], to: r < domainCount ? domainIDs[r] : nil, totals: cell))
            }
        }
        return result
    }
}
