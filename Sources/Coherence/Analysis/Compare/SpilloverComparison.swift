/// How one spillover finding changed between two versions.
public enum SpilloverChangeKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Only in the later version.
    case new
    /// Only in the earlier version.
    case resolved
    /// In both, with the other sign (a trade-off became a co-benefit or the other way round).
    case reversed
    /// In both, with a larger |strength|.
    case stronger
    /// In both, with a smaller |strength|.
    case weaker
    /// A trade-off in both that is now managed and was not.
    case newlyManaged = "newly-managed"
    /// A trade-off in both that is now partly managed (it was managed or unmanaged).
    case newlyPartlyManaged = "newly-partly-managed"
    /// A trade-off in both that is now unmanaged and was (partly) managed.
    case newlyUnmanaged = "newly-unmanaged"
}

/// One spillover finding, matched by its stable id (its path), that changed.
///
/// A finding whose strength and management both changed is one change: its ``kind`` is the
/// management change (what a working group acts on); the strengths are in the before and after
/// fields, and the sentence says both.
public struct SpilloverChange: Sendable, Hashable, Codable {
    /// The finding's id: its path joined by `>`.
    public var id: String
    /// How it changed.
    public var kind: SpilloverChangeKind
    /// The acting action's id.
    public var action: String
    /// The acting domain's id (the later one when it has both).
    public var domain: String
    /// The goal, target or objective it lands on.
    public var target: String
    /// The domains that own the target (the later version's, else the earlier's).
    public var receivingDomains: [String]
    /// The path, action first.
    public var path: [String]
    /// Its effect before (`nil` when new).
    public var effectBefore: SpilloverEffect?
    /// Its effect after (`nil` when resolved).
    public var effectAfter: SpilloverEffect?
    /// Its strength before.
    public var strengthBefore: Double?
    /// Its strength after.
    public var strengthAfter: Double?
    /// For a trade-off: how it was managed before.
    public var managementBefore: Management?
    /// For a trade-off: how it is managed after.
    public var managementAfter: Management?
    /// What changed and, when the input tells, why: one sentence.
    public var explanation: LocalizedText
    /// The input changes that explain it.
    public var causes: [ComparisonCause]

    /// The effect that counts for the change: the later one, else the earlier one.
    public var effect: SpilloverEffect { effectAfter ?? effectBefore ?? .coBenefit }
}

/// The spillovers of two versions side by side.
public struct SpilloverComparison: Sendable, Hashable, Codable {
    /// How many changes of each kind, trade-offs and co-benefits apart for new and resolved ones.
    public struct Counts: Sendable, Hashable, Codable {
        /// New trade-off findings.
        public var newTradeOffs = 0
        /// Trade-off findings that are gone.
        public var resolvedTradeOffs = 0
        /// New co-benefit findings.
        public var newCoBenefits = 0
        /// Co-benefit findings that are gone.
        public var resolvedCoBenefits = 0
        /// Findings whose sign flipped.
        public var reversed = 0
        /// Findings that got stronger.
        public var stronger = 0
        /// Findings that got weaker.
        public var weaker = 0
        /// Trade-offs that are now managed.
        public var newlyManaged = 0
        /// Trade-offs that are now partly managed.
        public var newlyPartlyManaged = 0
        /// Trade-offs that are now unmanaged.
        public var newlyUnmanaged = 0
        /// Unmanaged trade-offs before, each (action, target) pair once (as the spillover aggregates count).
        public var unmanagedPairsBefore = 0
        /// Unmanaged trade-offs after, each pair once.
        public var unmanagedPairsAfter = 0
    }

    /// Whether both versions could be analysed for spillovers (they declare ownership and stay
    /// under the path limit); without it ``changes`` is empty and ``notes`` say why.
    public var compared: Bool
    /// Why spillovers could not be compared, or what to keep in mind.
    public var notes: [LocalizedText]
    /// The counts.
    public var counts: Counts
    /// Every finding that changed: new trade-offs (unmanaged first), resolved trade-offs,
    /// management changes, sign flips, stronger and weaker, then the same for co-benefits;
    /// strongest first within each, then by id.
    public var changes: [SpilloverChange]
}

extension SpilloverComparison {
    /// Compares two spillover reports (full detail) finding by finding.
    ///
    /// - Complexity: O(f log f) for f findings of both reports.
    static func compare(_ before: SpilloverReport, _ after: SpilloverReport, causes: CauseFinder) -> SpilloverComparison {
        let old = Dictionary(before.findings.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let new = Dictionary(after.findings.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var changes: [SpilloverChange] = []
        var counts = Counts()
        counts.unmanagedPairsBefore = before.totals.total.unmanagedTradeOffs
        counts.unmanagedPairsAfter = after.totals.total.unmanagedTradeOffs
        for id in Set(old.keys).union(new.keys) {
            let b = old[id], a = new[id]
            guard let kind = kind(b, a) else { continue }
            let f = (a ?? b)!
            var change = SpilloverChange(
                id: id, kind: kind, action: f.action, domain: f.domain, target: f.target,
                receivingDomains: f.receivingDomains, path: f.path,
                effectBefore: b?.effect, effectAfter: a?.effect, strengthBefore: b?.strength, strengthAfter: a?.strength,
                managementBefore: b?.management, managementAfter: a?.management,
                explanation: LocalizedText(verbatim: ""), causes: [])
            change.causes = CauseFinder.unique(reasons(change, before: b, after: a, causes: causes))
            change.explanation = ComparisonWording.spillover(change, labels: causes.labels)
            changes.append(change)
            switch kind {
            case .new: if change.effect == .tradeOff { counts.newTradeOffs += 1 } else { counts.newCoBenefits += 1 }
            case .resolved: if change.effect == .tradeOff { counts.resolvedTradeOffs += 1 } else { counts.resolvedCoBenefits += 1 }
            case .reversed: counts.reversed += 1
            case .stronger: counts.stronger += 1
            case .weaker: counts.weaker += 1
            case .newlyManaged: counts.newlyManaged += 1
            case .newlyPartlyManaged: counts.newlyPartlyManaged += 1
            case .newlyUnmanaged: counts.newlyUnmanaged += 1
            }
        }
        changes.sort(by: order)
        return SpilloverComparison(compared: true, notes: [], counts: counts, changes: changes)
    }

    /// The kind of change between two versions of a finding, or `nil` when nothing changed.
    static func kind(_ b: Spillover?, _ a: Spillover?) -> SpilloverChangeKind? {
        guard let b else { return .new }
        guard let a else { return .resolved }
        if a.effect != b.effect { return .reversed }
        if a.effect == .tradeOff, a.management != b.management {
            switch a.management {
            case .managed?: return .newlyManaged
            case .partly?: return .newlyPartlyManaged
            default: return .newlyUnmanaged
            }
        }
        let delta = abs(a.strength) - abs(b.strength)
        if abs(delta) <= 1e-9 * max(1, abs(b.strength)) { return nil }
        return delta > 0 ? .stronger : .weaker
    }

    /// The input changes that explain a finding's change: the acting action's own change and its
    /// contribution that starts the path, the interaction cells along the path, the ownership of
    /// the target, and for a change of management the receiving domains' supporting actions and
    /// the mitigations (a trade-off that is new or gone is explained by what made it so, not by
    /// what managed it).
    static func reasons(_ change: SpilloverChange, before b: Spillover?, after a: Spillover?, causes: CauseFinder) -> [ComparisonCause] {
        let path = change.path
        var result = causes.action(change.action, targets: path.count > 1 ? [path[1]] : [])
        if path.count > 2 { result += causes.interactions((1..<(path.count - 1)).map { (path[$0], path[$0 + 1]) }) }
        result += causes.ownership(of: [change.target])
        if [.newlyManaged, .newlyPartlyManaged, .newlyUnmanaged].contains(change.kind) {
            let supportersBefore = Set(b?.supportedBy ?? []), supportersAfter = Set(a?.supportedBy ?? [])
            for supporter in supportersBefore.symmetricDifference(supportersAfter).sorted() {
                result += causes.action(supporter, targets: [change.target], includeDomain: true)
            }
            result += causes.mitigations(of: change.action, on: change.target)
        }
        return result
    }

    /// The order of the changes (see ``changes``).
    static func order(_ x: SpilloverChange, _ y: SpilloverChange) -> Bool {
        func rank(_ c: SpilloverChange) -> Int {
            let base: Int
            switch c.kind {
            case .new: base = c.managementAfter == .unmanaged ? 0 : 1
            case .resolved: base = 2
            case .newlyUnmanaged: base = 3
            case .newlyPartlyManaged: base = 4
            case .newlyManaged: base = 5
            case .reversed: base = 6
            case .stronger: base = 7
            case .weaker: base = 8
            }
            return (c.effect == .tradeOff ? 0 : 10) + base
        }
        let (rx, ry) = (rank(x), rank(y))
        if rx != ry { return rx < ry }
        let sx = abs(x.strengthAfter ?? x.strengthBefore ?? 0), sy = abs(y.strengthAfter ?? y.strengthBefore ?? 0)
        if sx != sy { return sx > sy }
        return x.id < y.id
    }
}
