/// The kinds of directed edge in a policy network.
///
/// Interactions, contributions and group effects carry a score; the others do not.
public enum EdgeKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Goal/target/objective → goal/target/objective: progress on one influences progress on the other.
    case interaction
    /// Action → goal/target/objective: the action's effect on it.
    case contribution
    /// Action → group: a benefit (+) or burden (−) for the group.
    case groupEffect = "group-effect"
    /// Domain → goal/target/objective: the domain is responsible for it.
    case ownership
    /// Action → stakeholder: the stakeholder is involved in the action.
    case involvement
    /// Stakeholder → group: the stakeholder speaks for the group.
    case representation
    /// Action → action, with a subject group or target: the action explicitly offsets that burden or trade-off.
    case mitigation

    /// Whether edges of this kind carry a score.
    public var isScored: Bool { self == .interaction || self == .contribution || self == .groupEffect }

    /// The position in declaration order (a switch: comparisons sort lists of a million edges).
    private var order: Int {
        switch self {
        case .interaction: 0
        case .contribution: 1
        case .groupEffect: 2
        case .ownership: 3
        case .involvement: 4
        case .representation: 5
        case .mitigation: 6
        }
    }
    /// Kinds order as declared.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }
}
