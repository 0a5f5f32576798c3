/// How well the plan reaches one group (DESIGN.md §4.3).
public enum LNOBStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// No action benefits the group.
    case none
    /// Benefited, but by one action only, or with a burden no action explicitly mitigates.
    case partial
    /// Benefited by at least two actions, and every burden (of any size) is explicitly mitigated.
    case full
}

/// What to check and in which language to explain it.
public struct LNOBOptions: Sendable, Hashable, Codable {
    /// The language of the explanations; `nil` uses the model's language.
    public var language: Language?
    /// A burden at or below `-severeBurden × s` is severe (default 2/3, i.e. −2 on the default scale).
    public var severeBurden: Double
    /// An indirect effect action → t1 → t2 of strength `c·a/s` at or below `-indirectThreshold × s`
    /// harms t2 (default 1/3, i.e. −1 on the default scale).
    public var indirectThreshold: Double

    /// Creates options.
    public init(language: Language? = nil, severeBurden: Double = 2.0 / 3.0, indirectThreshold: Double = 1.0 / 3.0) {
        self.language = language
        self.severeBurden = severeBurden
        self.indirectThreshold = indirectThreshold
    }
}

/// One action's effect on a group, with what the LNOB check needs to know about it.
public struct LNOBGroupEffect: Sendable, Hashable, Codable {
    /// The action's id.
    public let action: String
    /// The action's label.
    public let actionLabel: String
    /// The score: positive for a benefit, negative for a burden.
    public let score: Double
    /// The actions that explicitly mitigate this burden (empty for benefits).
    public let mitigatedBy: [String]
    /// Whether this is a burden at or below −2s/3.
    public let severe: Bool
    /// The stakeholders that represent the group and are involved in the action.
    public let voices: [String]
}

/// The LNOB finding for one group: who helps it, who burdens it, and its status.
public struct LNOBGroupFinding: Sendable, Hashable, Codable {
    /// The group's id.
    public let group: String
    /// The group's label in the report language.
    public let label: String
    /// The UNDP factors that leave the group behind.
    public let factors: [UNDPFactor]
    /// Whether the group is one of the catalogue's defaults (not declared by the model).
    public let fromCatalogue: Bool
    /// The stakeholders that represent the group.
    public let representatives: [String]
    /// The actions that benefit the group (score > 0), strongest first.
    public let benefits: [LNOBGroupEffect]
    /// The actions that burden the group (score < 0), worst first.
    public let burdens: [LNOBGroupEffect]
    /// The sum of the benefits.
    public let benefitTotal: Double
    /// The sum of the burdens as a positive number (mitigated burdens included).
    public let burdenTotal: Double
    /// The group's status.
    public let status: LNOBStatus
    /// Why the group has this status, in one sentence in the report language.
    public let statusExplanation: String

    /// The burdens that no action explicitly mitigates.
    public var unmitigatedBurdens: [LNOBGroupEffect] { burdens.filter { $0.mitigatedBy.isEmpty } }
}

/// A setback for an LNOB-relevant target: a negative contribution, or an indirect effect through the matrix.
public struct LNOBHarm: Sendable, Hashable, Codable {
    /// The action's id.
    public let action: String
    /// For an indirect effect, the goal, target or objective it passes through; `nil` for a direct one.
    public let via: String?
    /// The direct score, or the path strength `c·a/s`.
    public let strength: Double
    /// The actions that explicitly mitigate it (empty when none does).
    public let mitigatedBy: [String]
}

/// The LNOB finding for one LNOB-relevant target the plan works near.
public struct LNOBTargetFinding: Sendable, Hashable, Codable {
    /// The target id, e.g. `10.2`.
    public let target: String
    /// Its short name in the report language.
    public let label: String
    /// Its goal number.
    public let goal: Int
    /// The words of the official text that make it LNOB-relevant.
    public let lnobWords: [String]
    /// Whether the plan contributes positively to the target's goal (the scope of "not addressed").
    public let inScope: Bool
    /// The actions that contribute positively to the target itself.
    public let positiveActions: [String]
    /// The actions that tag the target's goal as a whole (positively or negatively) and no target of it.
    public let goalLevelActions: [String]
    /// Direct and indirect setbacks, mitigated ones included (see ``LNOBHarm/mitigatedBy``).
    public let harms: [LNOBHarm]
}

/// The coverage of one UNDP factor: which groups carry it and whether any of them is benefited.
public struct LNOBFactorFinding: Sendable, Hashable, Codable {
    /// The factor.
    public let factor: UNDPFactor
    /// The groups that carry the factor.
    public let groups: [String]
    /// The actions that benefit at least one of those groups.
    public let benefitingActions: [String]
}

/// The Leave No One Behind check of a plan: every group, the LNOB-relevant targets, the UNDP factors, gaps and notes.
public struct LNOBReport: Sendable, Hashable, Codable {
    /// The language the explanations are written in.
    public let language: Language
    /// The scale magnitude s the thresholds are relative to.
    public let scaleMagnitude: Double
    /// The severe-burden threshold as a score (−2s/3 by default).
    public let severeBurdenScore: Double
    /// The indirect-harm threshold as a strength (−s/3 by default).
    public let indirectHarmStrength: Double
    /// Every group of the model (catalogue defaults and the model's own), in model order.
    public let groups: [LNOBGroupFinding]
    /// The LNOB-relevant targets that are in scope, contributed to or harmed, in catalogue order.
    public let targets: [LNOBTargetFinding]
    /// The five UNDP factors.
    public let factors: [LNOBFactorFinding]
    /// Every gap: group gaps (by group, then kind), then target gaps, then factor gaps.
    public let gaps: [LNOBGap]
    /// Notes that are not gaps (goal-level tags).
    public let notes: [LNOBNote]

    /// The gaps about one group.
    public func gaps(forGroup id: String) -> [LNOBGap] { gaps.filter { $0.group == id } }

    /// The finding for one group.
    public func group(_ id: String) -> LNOBGroupFinding? { groups.first { $0.group == id } }

    /// The number of groups per status.
    public var statusCounts: [LNOBStatus: Int] {
        var counts: [LNOBStatus: Int] = [:]
        for finding in groups { counts[finding.status, default: 0] += 1 }
        return counts
    }
}
