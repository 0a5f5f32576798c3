/// A goal, target or objective whose place in the SDG Synergies influence ranking changed.
public struct RankChange: Sendable, Hashable, Codable {
    /// The node's id.
    public var id: String
    /// Its rank before (1 = most influential; `nil`: not in the earlier matrix).
    public var rankBefore: Int?
    /// Its rank after (`nil`: not in the later matrix).
    public var rankAfter: Int?
    /// Its total influence (out + w · second order) before.
    public var totalBefore: Double?
    /// Its total influence after.
    public var totalAfter: Double?
    /// What changed and why, in one sentence.
    public var explanation: LocalizedText
    /// The interaction cells of its row or column that changed (none: it moved because of changes elsewhere).
    public var causes: [ComparisonCause]

    /// rankBefore − rankAfter: positive when the node rose (`nil` when it is in one version only).
    public var shift: Int? { rankBefore.flatMap { b in rankAfter.map { b - $0 } } }
}

/// The SDG Synergies influence ranking of two versions side by side.
public struct RankingComparison: Sendable, Hashable, Codable {
    /// Kendall's τ_b between the two versions' total influence over the nodes in both (1: the
    /// same order; `nil` with fewer than two common nodes, or when one side is all ties).
    public var kendallTau: Double?
    /// The number of nodes in both versions.
    public var commonNodes: Int
    /// Nodes whose rank changed, entered or left, largest shift first (then new, then gone; ties by id).
    public var changes: [RankChange]
}

/// A goal, target or objective that moved to another MICMAC quadrant.
public struct QuadrantMove: Sendable, Hashable, Codable {
    /// The node's id.
    public var id: String
    /// Its quadrant before (by indirect influence and dependence; `nil`: not in the earlier matrix).
    public var quadrantBefore: MICMACQuadrant?
    /// Its quadrant after.
    public var quadrantAfter: MICMACQuadrant?
    /// Its rank by indirect influence before.
    public var influenceRankBefore: Int?
    /// Its rank by indirect influence after.
    public var influenceRankAfter: Int?
    /// What changed and why, in one sentence.
    public var explanation: LocalizedText
    /// The interaction cells of its row or column that changed.
    public var causes: [ComparisonCause]
}

/// MICMAC of two versions side by side.
public struct MICMACComparison: Sendable, Hashable, Codable {
    /// Kendall's τ_b between the two versions' indirect influence over the nodes in both.
    public var kendallTau: Double?
    /// The number of nodes in both versions.
    public var commonNodes: Int
    /// Nodes that changed quadrant (or entered or left), in the later version's order.
    public var moves: [QuadrantMove]
}

extension RankingComparison {
    /// Compares two influence rankings.
    ///
    /// - Complexity: O(n log n) for n nodes.
    static func compare(_ before: InfluenceReport, _ after: InfluenceReport, causes: CauseFinder) -> RankingComparison {
        let old = Dictionary(before.nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let new = Dictionary(after.nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let common = after.nodes.map(\.id).filter { old[$0] != nil }
        let tau = KendallTau.tauB(common.map { old[$0]!.total }, common.map { new[$0]!.total })
        var changes: [RankChange] = []
        let ids = after.nodes.map(\.id) + before.nodes.map(\.id).filter { new[$0] == nil }
        for id in ids {
            let b = old[id], a = new[id]
            guard b?.rank != a?.rank else { continue }
            var change = RankChange(id: id, rankBefore: b?.rank, rankAfter: a?.rank, totalBefore: b?.total, totalAfter: a?.total,
                                    explanation: LocalizedText(verbatim: ""), causes: causes.interactions(touching: id))
            change.explanation = ComparisonWording.rank(change, labels: causes.labels)
            changes.append(change)
        }
        changes.sort { x, y in
            let sx = x.shift.map { abs($0) } ?? -1, sy = y.shift.map { abs($0) } ?? -1
            if sx != sy { return sx > sy }
            if (x.rankAfter == nil) != (y.rankAfter == nil) { return y.rankAfter == nil }
            return x.id < y.id
        }
        return RankingComparison(kendallTau: tau, commonNodes: common.count, changes: changes)
    }
}

extension MICMACComparison {
    /// Compares two MICMAC results.
    ///
    /// - Complexity: O(n log n) for n nodes.
    static func compare(_ before: MICMACReport, _ after: MICMACReport, causes: CauseFinder) -> MICMACComparison {
        let old = Dictionary(before.nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let new = Dictionary(after.nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let common = after.nodes.map(\.id).filter { old[$0] != nil }
        let tau = KendallTau.tauB(common.map { old[$0]!.indirectInfluence }, common.map { new[$0]!.indirectInfluence })
        var moves: [QuadrantMove] = []
        for id in after.nodes.map(\.id) + before.nodes.map(\.id).filter({ new[$0] == nil }) {
            let b = old[id], a = new[id]
            guard b?.quadrant != a?.quadrant else { continue }
            var move = QuadrantMove(id: id, quadrantBefore: b?.quadrant, quadrantAfter: a?.quadrant,
                                    influenceRankBefore: b?.indirectInfluenceRank, influenceRankAfter: a?.indirectInfluenceRank,
                                    explanation: LocalizedText(verbatim: ""), causes: causes.interactions(touching: id))
            move.explanation = ComparisonWording.quadrant(move, labels: causes.labels)
            moves.append(move)
        }
        return MICMACComparison(kendallTau: tau, commonNodes: common.count, moves: moves)
    }
}
