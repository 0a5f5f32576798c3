/// Which SDGs and targets a plan covers (DESIGN.md §4.3, UNDP Rapid Integrated Assessment style).
///
/// Per target: *covered* when an action contributes positively to it, *only contradicted* when every
/// contribution is negative, *not addressed* otherwise; its owners (``PolicyNetwork/owners(of:)``; a
/// target the model never mentions has no node, so it is owned when its goal is); its part of the
/// budget (``BudgetSplit``). Per goal: the same counts, the goal-level tags (a contribution to the goal
/// as a whole covers it "at goal level, target unspecified", never a target), its owners, its budget
/// (the goal's and its targets' parts) and a one-line summary. Contributions count once: a goal tag is
/// dropped when the same action tags a target of that goal.
///
/// Negative scores: a negative contribution makes a target or goal *only contradicted* when nothing
/// covers it, and never cancels a positive one; it gets no budget. Scores of 0 cover nothing.
///
/// - Parameters:
///   - network: The plan.
///   - language: The language of names and summaries; `nil` uses the model's language.
/// - Returns: All 17 goals with all their targets, and the actions that touch no target.
/// - Complexity: O(169 + a + c) plus the ownership lookups, for a actions and c contributions.
public func coverageAnalysis(in network: PolicyNetwork, language: Language? = nil) -> CoverageReport {
    let language = language ?? network.language
    let catalogue = SDGCatalogue.standard
    let split = BudgetSplit(network)
    var budgetByNode: [Int: Double] = [:]
    for part in split.parts { budgetByNode[part.node, default: 0] += part.amount }

    var positive: [Int: [Int]] = [:], negative: [Int: [Int]] = [:]   // node → actions
    var untargeted: [UntargetedAction] = []
    for action in network.indices(of: .action) {
        let contributions = network.effectiveContributions(of: action)
        for edge in contributions {
            let score = edge.score ?? 0
            if score > 0 { positive[edge.to, default: []].append(action) }
            if score < 0 { negative[edge.to, default: []].append(action) }
        }
        if !contributions.contains(where: { network.nodes[$0.to].kind == .target }) {
            let all = network.edges(.contribution, from: action)
            untargeted.append(UntargetedAction(
                action: network.nodes[action].id, label: network.nodes[action].label,
                goals: all.filter { network.nodes[$0.to].kind == .goal }.map { network.nodes[$0.to].id },
                objectives: all.filter { network.nodes[$0.to].kind == .objective }.map { network.nodes[$0.to].id }))
        }
    }
    let ids = { (list: [Int]?) in (list ?? []).map { network.nodes[$0].id } }

    var goals: [GoalCoverage] = []
    var unowned: [String] = []
    for goal in catalogue.goals {
        let goalNode = network.index(of: goal.id)
        let goalOwnersDirect = goalNode.map { network.edges(.ownership, to: $0).map(\.from) } ?? []
        var targets: [TargetCoverage] = []
        var goalBudget = goalNode.flatMap { budgetByNode[$0] } ?? 0
        for target in catalogue.targets(ofGoal: goal.number) {
            let node = network.index(of: target.id)
            let plus = node.flatMap { positive[$0] }, minus = node.flatMap { negative[$0] }
            let status: CoverageStatus = plus != nil ? .covered : (minus != nil ? .onlyContradicted : .notAddressed)
            let owners = node.map { network.owners(of: $0) } ?? goalOwnersDirect
            let budget = node.flatMap { budgetByNode[$0] } ?? 0
            goalBudget += budget
            if status != .notAddressed, owners.isEmpty { unowned.append(target.id) }
            targets.append(TargetCoverage(
                target: target.id, goal: goal.number, label: target.shortName(language: language.rawValue),
                lnobRelevant: target.lnobRelevant, status: status, positiveActions: ids(plus), negativeActions: ids(minus),
                owners: owners.map { network.nodes[$0].id }, budget: budget))
        }
        let covered = targets.filter { $0.status == .covered }.count
        let contradicted = targets.filter { $0.status == .onlyContradicted }.count
        let goalPlus = goalNode.flatMap { positive[$0] } ?? []
        let goalMinus = goalNode.flatMap { negative[$0] } ?? []
        let status: CoverageStatus = covered > 0 || !goalPlus.isEmpty ? .covered
            : (contradicted > 0 || !goalMinus.isEmpty ? .onlyContradicted : .notAddressed)
        // A goal is owned by the owners of the goal or of any of its targets (present in the model or not).
        var ownerSet = Set(goalNode.map { network.owners(of: $0) } ?? goalOwnersDirect)
        for target in catalogue.targets(ofGoal: goal.number) {
            if let node = network.index(of: target.id) { ownerSet.formUnion(network.owners(of: node)) }
        }
        let owners = ownerSet.sorted()
        let coverage = GoalCoverage(
            goal: goal.number, id: goal.id, name: goal.name(language: language.rawValue), colour: goal.colour,
            status: status, coveredAtGoalLevelOnly: covered == 0 && !goalPlus.isEmpty, targets: targets,
            targetsCovered: covered, targetsOnlyContradicted: contradicted,
            targetsNotAddressed: targets.count - covered - contradicted,
            goalLevelPositiveActions: ids(goalPlus), goalLevelNegativeActions: ids(goalMinus),
            owners: owners.map { network.nodes[$0].id }, budget: goalBudget, summary: "")
        goals.append(coverage.withSummary(CoverageSummary.line(coverage, language)))
    }
    return CoverageReport(
        language: language, goals: goals, actionsTouchingNoTarget: untargeted,
        goalsCovered: goals.filter { $0.status == .covered }.count,
        targetsCovered: goals.reduce(0) { $0 + $1.targetsCovered },
        targetsOnlyContradicted: goals.reduce(0) { $0 + $1.targetsOnlyContradicted },
        unownedTargets: unowned, budget: split.allocated)
}

extension GoalCoverage {
    /// The same coverage with another summary line.
    func withSummary(_ summary: String) -> GoalCoverage {
        GoalCoverage(goal: goal, id: id, name: name, colour: colour, status: status,
                     coveredAtGoalLevelOnly: coveredAtGoalLevelOnly, targets: targets, targetsCovered: targetsCovered,
                     targetsOnlyContradicted: targetsOnlyContradicted, targetsNotAddressed: targetsNotAddressed,
                     goalLevelPositiveActions: goalLevelPositiveActions, goalLevelNegativeActions: goalLevelNegativeActions,
                     owners: owners, budget: budget, summary: summary)
    }
}

/// The one-line summary of a goal's coverage.
enum CoverageSummary {
    static func line(_ g: GoalCoverage, _ language: Language) -> String {
        let nl = language == .nl
        let head = "SDG \(g.goal): "
        if g.status == .notAddressed { return head + (nl ? "niet aangepakt" : "not addressed") }
        var parts: [String] = []
        if g.coveredAtGoalLevelOnly {
            let n = g.goalLevelPositiveActions.count
            parts.append(nl ? "gedekt op doelniveau, target niet gespecificeerd (\(PlanWording.actions(n, language)))"
                            : "covered at goal level, target unspecified (\(PlanWording.actions(n, language)))")
        } else {
            parts.append(nl ? "\(g.targetsCovered) van \(g.targets.count) targets gedekt"
                            : "\(g.targetsCovered) of \(g.targets.count) targets covered")
        }
        if g.targetsOnlyContradicted > 0 {
            parts.append(nl ? "\(g.targetsOnlyContradicted) enkel tegengewerkt" : "\(g.targetsOnlyContradicted) only contradicted")
        }
        if g.budget > 0 { parts.append(PlanWording.euro(g.budget, language)) }
        if !g.coveredAtGoalLevelOnly, !g.goalLevelPositiveActions.isEmpty {
            let actions = PlanWording.actions(g.goalLevelPositiveActions.count, language)
            parts.append(nl ? "op doelniveau getagd door \(actions)" : "tagged at goal level by \(actions)")
        }
        if !g.goalLevelNegativeActions.isEmpty {
            let actions = PlanWording.actions(g.goalLevelNegativeActions.count, language)
            parts.append(nl ? "op doelniveau tegengewerkt door \(actions)" : "contradicted at goal level by \(actions)")
        }
        if g.owners.isEmpty { parts.append(nl ? "geen domein verantwoordelijk" : "no domain responsible") }
        return head + parts.joined(separator: ", ")
    }
}
