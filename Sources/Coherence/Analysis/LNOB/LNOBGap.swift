/// The kinds of Leave No One Behind gap (DESIGN.md §4.3).
///
/// The raw values are the `kind` strings of the JSON output; scripts may rely on them.
public enum LNOBGapKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// No action benefits the group (score > 0).
    case noBenefit
    /// The group's summed burdens are larger than its summed benefits.
    case burdensOutweighBenefits
    /// An action burdens the group with a score of −2s/3 or worse and no action explicitly mitigates it.
    /// Benefits from unrelated actions never offset it.
    case unmitigatedSevereBurden
    /// An action burdens the group and no stakeholder that represents the group is involved in it.
    case burdenWithoutVoice
    /// An LNOB-relevant target of a goal the plan works on gets no positive contribution.
    case lnobTargetNotAddressed
    /// An LNOB-relevant target is set back, directly or through the interaction matrix.
    case lnobTargetHarmed
    /// No action benefits any group that is left behind through this UNDP factor.
    case factorNotAddressed

    /// The position in declaration order, computed once per kind (comparisons sort large edge lists).
    private var order: Int { Self.orders[self]! }
    private static let orders: [Self: Int] = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
    /// Kinds order as declared.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }

    /// Whether the gap is about one group (else about a target or a factor).
    public var isGroupGap: Bool {
        switch self {
        case .noBenefit, .burdensOutweighBenefits, .unmitigatedSevereBurden, .burdenWithoutVoice: return true
        case .lnobTargetNotAddressed, .lnobTargetHarmed, .factorNotAddressed: return false
        }
    }
}

/// One Leave No One Behind gap: what is missing or harmful, for whom, by which actions, in one sentence.
///
/// Exactly one of ``group``, ``target`` or ``factor`` says what the gap is about; ``actions``,
/// ``targets`` and ``groups`` name everything the explanation mentions, by id.
public struct LNOBGap: Sendable, Hashable, Codable {
    /// What kind of gap this is.
    public let kind: LNOBGapKind
    /// The id of the group the gap is about (group gaps).
    public let group: String?
    /// The id of the target the gap is about (target gaps).
    public let target: String?
    /// The UNDP factor the gap is about (``LNOBGapKind/factorNotAddressed``).
    public let factor: UNDPFactor?
    /// The ids of the actions involved: the burdening or harming actions; empty when no action is to blame.
    public let actions: [String]
    /// The ids of the targets involved: the target itself, and for indirect harm the targets the harm passes through.
    public let targets: [String]
    /// The ids of the groups involved.
    public let groups: [String]
    /// The worst score or path strength involved (a burden, a harm), when there is one.
    public let score: Double?
    /// One sentence in the report language that names the actions, targets and groups by label.
    public let explanation: String

    /// Creates a gap.
    public init(kind: LNOBGapKind, group: String? = nil, target: String? = nil, factor: UNDPFactor? = nil,
                actions: [String] = [], targets: [String] = [], groups: [String] = [], score: Double? = nil,
                explanation: String) {
        self.kind = kind
        self.group = group
        self.target = target
        self.factor = factor
        self.actions = actions
        self.targets = targets
        self.groups = groups
        self.score = score
        self.explanation = explanation
    }
}

/// The kinds of note: findings that are not gaps.
public enum LNOBNoteKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Actions tag a goal as a whole, so their effect on its LNOB-relevant targets cannot be judged
    /// target by target; those targets are not reported as gaps.
    case cannotAssessAtTargetLevel
}

/// A note that is not a gap: something the analysis could not judge, and why.
public struct LNOBNote: Sendable, Hashable, Codable {
    /// What kind of note this is.
    public let kind: LNOBNoteKind
    /// The goal id (`SDG11`) the note is about.
    public let goal: String
    /// The ids of the actions that tag the goal as a whole.
    public let actions: [String]
    /// The LNOB-relevant targets of the goal that cannot be judged.
    public let targets: [String]
    /// Whether the goal-level tags are positive (may cover the targets) or negative (may harm them).
    public let positive: Bool
    /// One sentence in the report language.
    public let explanation: String

    /// Creates a note.
    public init(kind: LNOBNoteKind, goal: String, actions: [String], targets: [String], positive: Bool, explanation: String) {
        self.kind = kind
        self.goal = goal
        self.actions = actions
        self.targets = targets
        self.positive = positive
        self.explanation = explanation
    }
}
