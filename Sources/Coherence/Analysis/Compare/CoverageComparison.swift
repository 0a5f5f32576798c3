/// One goal whose coverage changed between two versions.
public struct CoverageChange: Sendable, Hashable, Codable {
    /// The goal number.
    public var goal: Int
    /// The goal id, `SDG11`.
    public var id: String
    /// Its status before and after.
    public var statusBefore: CoverageStatus
    /// See ``statusBefore``.
    public var statusAfter: CoverageStatus
    /// The number of its targets covered, before and after.
    public var targetsCoveredBefore: Int
    /// See ``targetsCoveredBefore``.
    public var targetsCoveredAfter: Int
    /// The number of its targets only contradicted, before and after.
    public var onlyContradictedBefore: Int
    /// See ``onlyContradictedBefore``.
    public var onlyContradictedAfter: Int
    /// The budget split to the goal and its targets, before and after.
    public var budgetBefore: Double
    /// See ``budgetBefore``.
    public var budgetAfter: Double
    /// Targets covered after and not before.
    public var newlyCovered: [String]
    /// Targets covered before and not after.
    public var noLongerCovered: [String]
    /// What changed and why, in one sentence.
    public var explanation: LocalizedText
    /// The input changes that explain it.
    public var causes: [ComparisonCause]
}

/// The coverage of the 17 goals in two versions side by side.
public struct CoverageComparison: Sendable, Hashable, Codable {
    /// Goals covered before.
    public var goalsCoveredBefore: Int
    /// Goals covered after.
    public var goalsCoveredAfter: Int
    /// Targets covered before.
    public var targetsCoveredBefore: Int
    /// Targets covered after.
    public var targetsCoveredAfter: Int
    /// The goals whose status, counts or budget changed, in goal order.
    public var changes: [CoverageChange]
}

extension CoverageComparison {
    /// Compares two coverage reports goal by goal (a budget change of less than half a euro is no change).
    ///
    /// - Complexity: O(169).
    static func compare(_ before: CoverageReport, _ after: CoverageReport, causes: CauseFinder) -> CoverageComparison {
        var changes: [CoverageChange] = []
        for a in after.goals {
            guard let b = before.goal(a.goal) else { continue }
            let coveredB = Set(b.targets.filter { $0.status == .covered }.map(\.target))
            let coveredA = Set(a.targets.filter { $0.status == .covered }.map(\.target))
            let order = a.targets.map(\.target)
            var change = CoverageChange(
                goal: a.goal, id: a.id, statusBefore: b.status, statusAfter: a.status,
                targetsCoveredBefore: b.targetsCovered, targetsCoveredAfter: a.targetsCovered,
                onlyContradictedBefore: b.targetsOnlyContradicted, onlyContradictedAfter: a.targetsOnlyContradicted,
                budgetBefore: b.budget, budgetAfter: a.budget,
                newlyCovered: order.filter { coveredA.contains($0) && !coveredB.contains($0) },
                noLongerCovered: order.filter { coveredB.contains($0) && !coveredA.contains($0) },
                explanation: LocalizedText(verbatim: ""), causes: [])
            let same = b.status == a.status && b.targetsCovered == a.targetsCovered
                && b.targetsOnlyContradicted == a.targetsOnlyContradicted && abs(b.budget - a.budget) < 0.5
                && change.newlyCovered.isEmpty && change.noLongerCovered.isEmpty
            guard !same else { continue }
            change.causes = CauseFinder.unique(reasons(a.id, targets: order, causes: causes))
            change.explanation = ComparisonWording.coverage(change, labels: causes.labels)
            changes.append(change)
        }
        return CoverageComparison(goalsCoveredBefore: before.goalsCovered, goalsCoveredAfter: after.goalsCovered,
                                  targetsCoveredBefore: before.targetsCovered, targetsCoveredAfter: after.targetsCovered,
                                  changes: changes)
    }

    /// Changed contributions to the goal or its targets, and budget changes of the actions that contribute.
    static func reasons(_ goal: String, targets: [String], causes: CauseFinder) -> [ComparisonCause] {
        let ids = Set([goal] + targets)
        var result: [ComparisonCause] = []
        var budgeted: [String] = []
        for change in causes.diff.actions {
            let touched = change.contributions.filter { ids.contains($0.id) }.map(\.id)
            if !touched.isEmpty { result += causes.action(change.action, targets: touched, includeDomain: false) }
            if change.budgetChanged, let node = causes.labels.after.index(of: change.action),
               causes.labels.after.edges(.contribution, from: node).contains(where: { ids.contains(causes.labels.after.nodes[$0.to].id) && ($0.score ?? 0) > 0 }) {
                budgeted.append(change.action)
            }
        }
        return result + causes.budgets(of: budgeted)
    }
}
