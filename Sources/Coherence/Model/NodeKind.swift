/// The kinds of node in a policy network.
public enum NodeKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// One of the 17 Sustainable Development Goals (`SDG11`).
    case goal
    /// One of the 169 SDG targets (`11.6`).
    case target
    /// A custom, non-SDG objective declared under `objectives:`.
    case objective
    /// A municipal policy domain (*beleidsdomein*).
    case domain
    /// A planned action or project of the multi-year plan.
    case action
    /// A population group at risk of being left behind.
    case group
    /// An organisation or body involved in actions (civil society, citizens' council, …).
    case stakeholder

    /// Whether nodes of this kind can take part in interactions and receive contributions.
    public var isObjectiveLike: Bool { self == .goal || self == .target || self == .objective }

    /// The position in declaration order, computed once per kind (comparisons sort large edge lists).
    private var order: Int { Self.orders[self]! }
    private static let orders: [Self: Int] = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
    /// Kinds order as declared: goal, target, objective, domain, action, group, stakeholder.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }
}
