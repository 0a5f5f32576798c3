/// Whether the plan reaches a goal or target (UNDP Rapid Integrated Assessment style).
public enum CoverageStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// At least one positive contribution.
    case covered
    /// Negative contributions only.
    case onlyContradicted
    /// No contribution, or only contributions scored 0.
    case notAddressed
}

/// The coverage of one SDG target.
public struct TargetCoverage: Sendable, Hashable, Codable {
    /// The target id, e.g. `11.6`.
    public let target: String
    /// Its goal number.
    public let goal: Int
    /// Its short name in the report language.
    public let label: String
    /// Whether the target is LNOB-relevant (DESIGN.md §7).
    public let lnobRelevant: Bool
    /// Covered, only contradicted, or not addressed — at target level only (goal-level tags do not count here).
    public let status: CoverageStatus
    /// The actions that contribute positively, in model order.
    public let positiveActions: [String]
    /// The actions that contribute negatively, in model order.
    public let negativeActions: [String]
    /// The domains that own the target (directly or through its goal); empty: nobody is responsible.
    public let owners: [String]
    /// The target's part of the budget (see ``BudgetSplit``).
    public let budget: Double
}

/// The coverage of one goal and its targets.
public struct GoalCoverage: Sendable, Hashable, Codable {
    /// The goal number.
    public let goal: Int
    /// The goal id, `SDG11`.
    public let id: String
    /// The goal name in the report language.
    public let name: String
    /// The official colour, `#FD9D24`.
    public let colour: String
    /// Covered (a target covered, or a positive goal-level tag), only contradicted, or not addressed.
    public let status: CoverageStatus
    /// Whether the goal is covered only by goal-level tags: "covered at goal level, target unspecified".
    public let coveredAtGoalLevelOnly: Bool
    /// Every target of the goal, in catalogue order.
    public let targets: [TargetCoverage]
    /// The number of targets covered.
    public let targetsCovered: Int
    /// The number of targets only contradicted.
    public let targetsOnlyContradicted: Int
    /// The number of targets not addressed.
    public let targetsNotAddressed: Int
    /// The actions that tag the goal as a whole positively (and none of its targets).
    public let goalLevelPositiveActions: [String]
    /// The actions that tag the goal as a whole negatively (and none of its targets).
    public let goalLevelNegativeActions: [String]
    /// The domains that own the goal or any of its targets.
    public let owners: [String]
    /// The budget split to the goal and its targets.
    public let budget: Double
    /// A one-line summary in the report language, e.g. "SDG 11: 6 of 10 targets covered, 1 only
    /// contradicted, € 3.2 M, tagged at goal level by 2 actions".
    public let summary: String
}

/// An action that contributes to no SDG target.
public struct UntargetedAction: Sendable, Hashable, Codable {
    /// The action's id.
    public let action: String
    /// Its label.
    public let label: String
    /// The goals it tags as a whole.
    public let goals: [String]
    /// The custom objectives it contributes to.
    public let objectives: [String]
}

/// Which goals and targets a plan covers, contradicts or leaves alone, who owns them and what they get.
public struct CoverageReport: Sendable, Hashable, Codable {
    /// The language of names and summaries.
    public let language: Language
    /// All 17 goals, in order.
    public let goals: [GoalCoverage]
    /// The actions that touch no SDG target (only goals, only objectives, or nothing), in model order.
    public let actionsTouchingNoTarget: [UntargetedAction]
    /// The number of goals covered (at target or goal level).
    public let goalsCovered: Int
    /// The number of targets covered.
    public let targetsCovered: Int
    /// The number of targets only contradicted.
    public let targetsOnlyContradicted: Int
    /// Covered or contradicted targets that no domain owns.
    public let unownedTargets: [String]
    /// The budget split over positive contributions (all goals, targets and objectives).
    public let budget: Double

    /// The coverage of one goal.
    public func goal(_ number: Int) -> GoalCoverage? { goals.first { $0.goal == number } }
}

extension CoverageReport {
    /// The same report with only one goal in ``goals``; the plan-wide figures stay as they are.
    ///
    /// - Parameter number: The goal number, 1–17.
    /// - Returns: The report restricted to that goal (no goals for a number outside 1–17).
    public func restricted(toGoal number: Int) -> CoverageReport {
        CoverageReport(language: language, goals: goals.filter { $0.goal == number },
                       actionsTouchingNoTarget: actionsTouchingNoTarget, goalsCovered: goalsCovered,
                       targetsCovered: targetsCovered, targetsOnlyContradicted: targetsOnlyContradicted,
                       unownedTargets: unownedTargets, budget: budget)
    }
}
