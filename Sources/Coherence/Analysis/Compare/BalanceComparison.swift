/// One class of a balance lens whose share or lean changed between two versions.
public struct BalanceChange: Sendable, Hashable, Codable {
    /// The lens.
    public var lens: BalanceLensKind
    /// The class id (as in ``BalanceClass/id``).
    public var classID: String
    /// Its share of the positive contributions by number, before and after.
    public var countShareBefore: Double
    /// See ``countShareBefore``.
    public var countShareAfter: Double
    /// Its share by summed scores, before and after.
    public var scoreShareBefore: Double
    /// See ``scoreShareBefore``.
    public var scoreShareAfter: Double
    /// Its share of the budget, before and after.
    public var budgetShareBefore: Double
    /// See ``budgetShareBefore``.
    public var budgetShareAfter: Double
    /// Its lean by number, before and after.
    public var countLeanBefore: BalanceLean
    /// See ``countLeanBefore``.
    public var countLeanAfter: BalanceLean
    /// Its lean by budget, before and after.
    public var budgetLeanBefore: BalanceLean
    /// See ``budgetLeanBefore``.
    public var budgetLeanAfter: BalanceLean
    /// What changed and why, in one sentence.
    public var explanation: LocalizedText
    /// The input changes that explain it: actions added, dropped or retagged with a positive
    /// contribution in the class, and budget changes of actions that contribute to it.
    public var causes: [ComparisonCause]

    /// Whether a lean changed (by number or by budget).
    public var leanChanged: Bool { countLeanBefore != countLeanAfter || budgetLeanBefore != budgetLeanAfter }
}

/// The balance of two versions side by side: the classes whose shares moved.
public struct BalanceComparison: Sendable, Hashable, Codable {
    /// The smallest change of a share that is reported (0.01: one percentage point); a changed
    /// lean is always reported.
    public var shareThreshold: Double
    /// The classes that changed, lens by lens (dimension, 5P, wedding cake), in the lens's order.
    public var changes: [BalanceChange]
}

extension BalanceComparison {
    /// Compares two balance reports class by class; a class in one version only has share 0 in the other.
    ///
    /// - Complexity: O(c) for c classes, plus the cause lookups.
    static func compare(_ before: BalanceReport, _ after: BalanceReport, beforeNetwork: PolicyNetwork, afterNetwork: PolicyNetwork,
                        threshold: Double, causes: CauseFinder) -> BalanceComparison {
        var changes: [BalanceChange] = []
        for lens in BalanceLensKind.allCases {
            let old = Dictionary((before.lens(lens)?.classes ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let new = Dictionary((after.lens(lens)?.classes ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for id in BalanceClassification.classIDs(lens) where old[id] != nil || new[id] != nil {
                let b = old[id], a = new[id]
                var change = BalanceChange(
                    lens: lens, classID: id,
                    countShareBefore: b?.countShare ?? 0, countShareAfter: a?.countShare ?? 0,
                    scoreShareBefore: b?.scoreShare ?? 0, scoreShareAfter: a?.scoreShare ?? 0,
                    budgetShareBefore: b?.budgetShare ?? 0, budgetShareAfter: a?.budgetShare ?? 0,
                    countLeanBefore: b?.countLean ?? .notComparable, countLeanAfter: a?.countLean ?? .notComparable,
                    budgetLeanBefore: b?.budgetLean ?? .notComparable, budgetLeanAfter: a?.budgetLean ?? .notComparable,
                    explanation: LocalizedText(verbatim: ""), causes: [])
                let moved = abs(change.countShareAfter - change.countShareBefore) >= threshold - 1e-12
                    || abs(change.scoreShareAfter - change.scoreShareBefore) >= threshold - 1e-12
                    || abs(change.budgetShareAfter - change.budgetShareBefore) >= threshold - 1e-12
                guard moved || change.leanChanged else { continue }
                change.causes = CauseFinder.unique(reasons(lens: lens, classID: id, before: beforeNetwork, after: afterNetwork, causes: causes))
                change.explanation = ComparisonWording.balance(change, threshold: threshold, labels: causes.labels)
                changes.append(change)
            }
        }
        return BalanceComparison(shareThreshold: threshold, changes: changes)
    }

    /// The class of a goal, target or objective in whichever version names it.
    static func classID(of id: String, lens: BalanceLensKind, before: PolicyNetwork, after: PolicyNetwork) -> String? {
        if let i = after.index(of: id) { return BalanceClassification.classID(of: i, in: after, lens: lens) }
        if let i = before.index(of: id) { return BalanceClassification.classID(of: i, in: before, lens: lens) }
        return nil
    }

    /// Actions added, dropped or retagged with a positive contribution in the class, and budget
    /// changes of actions with a positive contribution in the class.
    static func reasons(lens: BalanceLensKind, classID: String, before: PolicyNetwork, after: PolicyNetwork,
                        causes: CauseFinder) -> [ComparisonCause] {
        var result: [ComparisonCause] = []
        for change in causes.diff.actions {
            let inClass = change.contributions.filter { c in
                (max(c.before ?? 0, c.after ?? 0) > 0) && Self.classID(of: c.id, lens: lens, before: before, after: after) == classID
            }
            if !inClass.isEmpty { result += causes.action(change.action, targets: inClass.map(\.id), includeDomain: false) }
            if change.budgetChanged, let a = after.index(of: change.action) {
                let positive = after.edges(.contribution, from: a).contains { ($0.score ?? 0) > 0
                    && BalanceClassification.classID(of: $0.to, in: after, lens: lens) == classID }
                if positive { result += causes.budgets(of: [change.action]) }
            }
        }
        return result
    }
}
